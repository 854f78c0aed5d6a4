import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useLingui } from '@lingui/react';
import { clientTokenListQuery, listClientTokens } from '@/api/clients';
import { isApiError } from '@/api/errors';
import { ExportButton } from '@/components/overlays';
import { ListSection } from '@/components/ListSection';
import { NotFoundPanel } from '@/components/NotFoundPanel';
import { features } from '@/components/tableFeatures';
import { DEFAULT_PAGE_SIZE, summarizePage } from '@/lib/pagination';
import { pageChanges } from '@/lib/listSearch';
import { clientNameQuery } from './clientNameQuery';
import { ClientRevokeResult, type ClientRevokeOutcome } from './ClientRevokeResult';
import { clientTokenColumns } from './clientTokenColumns';
import { toClientTokenListParams, type ClientTokenSearch } from './clientTokenSearch';
import { RevokeClientTokensDialog } from './RevokeClientTokensDialog';
import { useRevokeClientTokens } from './useRevokeClientTokens';
import './clientTokens.css';

const route = getRouteApi('/_app/clients/$clientId/tokens');
const CLIENT_TOKEN_EXPORT_COLUMNS = ['token_type', 'user_id', 'scope', 'created_at', 'expires_at'] as const;

/** A client's active access and refresh tokens, paged, with "revoke all tokens of this client". */
export function ClientTokensPage() {
  const { _: t } = useLingui();
  const { clientId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const params = toClientTokenListParams(search);
  const query = useQuery(clientTokenListQuery(clientId, params));
  const client = useQuery(clientNameQuery(clientId));
  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const mutation = useRevokeClientTokens(clientId);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [outcome, setOutcome] = useState<ClientRevokeOutcome>();

  const columns = useMemo(() => clientTokenColumns(t), [t]);
  const table = useTable({ features, data: items, columns });

  if (query.isError && isApiError(query.error) && query.error.isNotFound) {
    return (
      <NotFoundPanel
        title={t('clientTokens.notFound.title')}
        message={t('clientTokens.notFound.body', { client: clientId })}
        backTo="/clients"
        backLabel={t('clientTokens.notFound.back')}
      />
    );
  }

  const summary = summarizePage(query.data?.pagination, query.data?.total, items.length, {
    page: params.page ?? 1,
    pageSize: params.page_size ?? DEFAULT_PAGE_SIZE,
  });
  const setSearch = (patch: Partial<ClientTokenSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }) });

  return (
    <section aria-labelledby="page-title" className="page">
      <p>
        <Link to="/clients">{t('clientTokens.backToClients')}</Link>
      </p>
      <header className="page-header page-header-actions">
        <div>
          <h1 id="page-title">
            {t('clientTokens.title')} <span className="mono">{clientId}</span>
          </h1>
          <p className="muted">{client.data?.name ? t('clientTokens.subtitleNamed', { name: client.data.name }) : t('clientTokens.subtitle')}</p>
        </div>
        <div className="button-row">
          <ExportButton
            list="client-tokens"
            label={`${t('clientTokens.title')} ${clientId}`}
            filters={{ client: clientId }}
            fetchPage={(page, page_size, signal) => listClientTokens(clientId, { page, page_size }, signal)}
            columns={CLIENT_TOKEN_EXPORT_COLUMNS}
          />
          <button type="button" className="button button-danger" onClick={() => setDialogOpen(true)}>
            {t('clientTokens.revokeAll.open')}
          </button>
        </div>
      </header>
      {outcome && <ClientRevokeResult clientId={clientId} outcome={outcome} onDismiss={() => setOutcome(undefined)} />}
      <ListSection
        query={query}
        table={table}
        caption={t('clientTokens.caption', { client: clientId })}
        empty={{ title: t('clientTokens.empty') }}
        pagination={{ label: t('clientTokens.pagination'), summary, ...pageChanges(setSearch) }}
      />
      <RevokeClientTokensDialog
        clientId={clientId}
        open={dialogOpen}
        onOpenChange={setDialogOpen}
        mutation={mutation}
        onDone={(result, requested) => setOutcome({ result, requested })}
      />
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useLingui } from '@lingui/react';
import { clientHistoryQuery, listClientAuditLogs } from '@/api/clientHistory';
import { clientDetailQuery } from '@/api/clients';
import { isApiError, isRouteMissing } from '@/api/errors';
import { AUDIT_ACTIONS } from '@/api/schemas/clientHistory';
import { ListSection } from '@/components/ListSection';
import { ExportButton } from '@/components/overlays';
import { features } from '@/components/tableFeatures';
import { useNow } from '@/components/useNow';
import { pageChanges } from '@/lib/listSearch';
import { DEFAULT_PAGE_SIZE, summarizePage } from '@/lib/pagination';
import { ClientHeader } from '@/features/clients/detail/ClientHeader';
import { ClientNotFound } from '@/features/clients/ClientNotFound';
import { historyColumns } from './historyColumns';
import { toHistoryParams, type HistorySearch } from './historySearch';
import '@/features/clients/clients.css';

const route = getRouteApi('/_app/clients/$clientId/history');

/** A client's change history: the audit log, newest first, paged and filtered by action, all in the URL. */
export function ClientHistoryPage() {
  const { _: t, i18n } = useLingui();
  const { clientId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const params = toHistoryParams(search);
  const client = useQuery(clientDetailQuery(clientId));
  const query = useQuery(clientHistoryQuery(clientId, params));
  const now = useNow();
  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const columns = useMemo(() => historyColumns(t, { now, locale: i18n.locale }), [t, now, i18n.locale]);
  const table = useTable({ features, data: items, columns, getRowId: (row, index) => row.id ?? `row-${index}` });

  if (client.isError && isApiError(client.error) && client.error.isNotFound) return <ClientNotFound clientId={clientId} />;

  const setSearch = (patch: Partial<HistorySearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const summary = summarizePage(query.data?.pagination, query.data?.total, items.length, {
    page: params.page ?? 1,
    pageSize: params.page_size ?? DEFAULT_PAGE_SIZE,
  });
  const actionName = (action: string) => t({ id: `clients.history.action.${action}`, message: action });
  // an action in the URL that the console does not know is offered too, as it came
  const actions = search.action && !(AUDIT_ACTIONS as readonly string[]).includes(search.action) ? [...AUDIT_ACTIONS, search.action] : AUDIT_ACTIONS;
  const name = client.data?.name?.trim() || clientId;

  return (
    <section className="page" aria-labelledby="page-title">
      <ClientHeader clientId={clientId} client={client.data} current="history" />
      <div className="section-heading">
        <h2 id="history-title">{t('clients.history.title')}</h2>
        {!(query.isError && isRouteMissing(query.error)) && (
          <ExportButton
            list="client-history"
            label={t('clients.history.exportLabel', { name })}
            filters={{ client: clientId, action: search.action }}
            fetchPage={(page, page_size, signal) => listClientAuditLogs(clientId, { action: search.action, page, page_size }, signal)}
          />
        )}
      </div>
      {query.isError && isRouteMissing(query.error) && client.isSuccess ? (
        <p className="notice">{t('clients.history.notOffered')}</p>
      ) : (
        <>
          <div className="filters" role="search" aria-label={t('clients.history.filters.label')}>
            <label className="inline-field">
              <span>{t('clients.history.filters.action')}</span>
              <select data-page-filter value={search.action ?? ''} onChange={(e) => setSearch({ action: e.target.value || undefined, page: undefined })}>
                <option value="">{t('clients.history.filters.all')}</option>
                {actions.map((action) => (
                  <option key={action} value={action}>
                    {actionName(action)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ListSection
            query={query}
            table={table}
            caption={t('clients.history.caption', { client: name })}
            tableClassName="history-table"
            empty={{
              title: t('clients.history.empty'),
              filteredTitle: t('clients.history.emptyFiltered'),
              filters: [search.action && t('clients.history.filters.actionIs', { action: actionName(search.action) })],
            }}
            pagination={{ label: t('clients.history.pagination'), summary, ...pageChanges(setSearch) }}
          />
        </>
      )}
    </section>
  );
}

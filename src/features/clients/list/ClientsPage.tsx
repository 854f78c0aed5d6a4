import { getRouteApi, Link } from '@tanstack/react-router';
import { useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useLingui } from '@lingui/react';
import { clientListQuery, listClients } from '@/api/clients';
import { ExportButton } from '@/components/overlays';
import { ListSection } from '@/components/ListSection';
import { features } from '@/components/tableFeatures';
import { usePagedList } from '@/components/usePagedList';
import { pageChanges } from '@/lib/listSearch';
import { clientColumns } from './clientColumns';
import { ClientFilters } from './ClientFilters';
import { toClientListParams, type ClientSearch } from './clientSearch';
import '@/features/clients/clients.css';

const route = getRouteApi('/_app/clients');
const CLIENT_EXPORT_COLUMNS = [
  'client_id',
  'id',
  'name',
  'status',
  'is_confidential',
  'client_auth_methods',
  'grant_types',
  'scopes',
  'redirect_uris',
  'cors_origins',
  'jwks_uri',
  'fapi_profile',
  'logo_url',
  'website',
  'terms_url',
  'privacy_policy',
  'secret_last_four',
  'created_at',
  'updated_at',
] as const;

export function ClientsPage() {
  const { _: t } = useLingui();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const params = useMemo(() => toClientListParams(search), [search]);
  const { query, items, summary } = usePagedList(clientListQuery, params);

  const setSearch = (patch: Partial<ClientSearch>, resetPage = true) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, ...(resetPage ? { page: undefined } : {}) }) });

  const columns = useMemo(() => clientColumns(t), [t]);
  const table = useTable({
    features,
    data: items,
    columns,
    getRowId: (row, index) => row.client_id ?? row.id ?? `row-${index}`,
  });

  const activeFilters = [
    search.name && t('clients.filters.nameIs', { name: search.name }),
    search.status && t('clients.filters.statusIs', { status: t(`clients.status.${search.status}`) }),
  ];

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page-header page-header-with-action">
        <div>
          <h1 id="page-title">{t('clients.title')}</h1>
          <p className="muted">{t('clients.subtitle')}</p>
        </div>
        <div className="button-row">
          <ExportButton
            list="clients"
            label={t('clients.title')}
            filters={{ name: search.name, status: search.status }}
            fetchPage={(page, page_size, signal) => listClients({ name: search.name, status: search.status, page, page_size }, signal)}
            columns={CLIENT_EXPORT_COLUMNS}
          />
          <Link to="/clients/new" className="button button-primary">
            {t('clients.create.new')}
          </Link>
        </div>
      </header>
      <ClientFilters search={search} onChange={(patch) => setSearch(patch)} />
      <ListSection
        query={query}
        table={table}
        caption={t('clients.caption')}
        empty={{ title: t('clients.empty'), filteredTitle: t('clients.emptyFiltered'), filters: activeFilters }}
        pagination={{ label: t('clients.pagination'), summary, ...pageChanges((patch) => setSearch(patch, false)) }}
      />
    </section>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { clientListQuery } from '../../api/clients';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Pagination } from '../../components/Pagination';
import { summarizePage } from '../../lib/pagination';
import { clientColumns } from './clientColumns';
import { ClientFilters } from './ClientFilters';
import { toClientListParams, type ClientSearch } from './clientSearch';
import './clients.css';

const route = getRouteApi('/_app/clients');

export function ClientsPage() {
  const { t } = useTranslation('clients');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const params = toClientListParams(search);
  const query = useQuery(clientListQuery(params));
  const items = useMemo(() => query.data?.items ?? [], [query.data]);

  const setSearch = (patch: Partial<ClientSearch>, resetPage = true) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, ...(resetPage ? { page: undefined } : {}) }) });

  const columns = useMemo(() => clientColumns(t), [t]);
  const table = useReactTable({
    data: items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row, index) => row.client_id ?? row.id ?? `row-${index}`,
    manualPagination: true,
  });

  const summary = summarizePage(query.data?.pagination, query.data?.total, items.length, {
    page: params.page ?? 1,
    pageSize: params.page_size ?? 20,
  });

  useEffect(() => {
    if (query.data && !query.isPlaceholderData && summary.hasNext) {
      void queryClient.prefetchQuery(clientListQuery({ ...params, page: summary.page + 1 }));
    }
  }, [query.data, query.isPlaceholderData, summary.hasNext, summary.page, queryClient, params]);

  const activeFilters = [
    search.name && t('filters.nameIs', { name: search.name }),
    search.status && t('filters.statusIs', { status: t(`status.${search.status}`) }),
  ].filter(Boolean);

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page-header page-header-with-action">
        <div>
          <h1 id="page-title">{t('title')}</h1>
          <p className="muted">{t('subtitle')}</p>
        </div>
        <Link to="/clients/new" className="button button-primary">
          {t('create.new')}
        </Link>
      </header>
      <ClientFilters search={search} onChange={(patch) => setSearch(patch)} />
      {query.isError && !query.data ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {query.isError && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
          <DataTable
            table={table}
            caption={t('caption')}
            loading={query.isPending}
            empty={
              <EmptyState title={activeFilters.length ? t('emptyFiltered') : t('empty')}>
                {activeFilters.length > 0 && <p>{activeFilters.join(' · ')}</p>}
              </EmptyState>
            }
          />
          {query.data && (
            <Pagination
              label={t('pagination')}
              summary={summary}
              onPageChange={(page) => setSearch({ page: page === 1 ? undefined : page }, false)}
              onPageSizeChange={(pageSize) =>
                setSearch({ page_size: pageSize === 20 ? undefined : (pageSize as ClientSearch['page_size']) })
              }
            />
          )}
        </>
      )}
    </section>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenListQuery } from '../../api/tokens';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Pagination } from '../../components/Pagination';
import { summarizePage } from '../../lib/pagination';
import { tokenColumns } from './tokenColumns';
import { TokenFilters } from './TokenFilters';
import { toTokenListParams, type TokenSearch } from './tokenSearch';

const route = getRouteApi('/_app/tokens');

export function TokensPage() {
  const { t } = useTranslation('tokens');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const params = toTokenListParams(search);
  const query = useQuery(tokenListQuery(params));
  const items = useMemo(() => query.data?.items ?? [], [query.data]);

  const setSearch = (patch: Partial<TokenSearch>, resetPage = true) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, ...(resetPage ? { page: undefined } : {}) }) });

  const columns = useMemo(
    () =>
      tokenColumns(t, (userId) => void navigate({ search: (prev) => ({ ...prev, user_id: userId, page: undefined }) })),
    [t, navigate],
  );
  const table = useReactTable({
    data: items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row, index) => row.id ?? `row-${index}`,
    manualPagination: true,
  });

  const summary = summarizePage(query.data?.pagination, query.data?.total, items.length, {
    page: params.page ?? 1,
    pageSize: params.page_size ?? 20,
  });

  useEffect(() => {
    if (query.data && !query.isPlaceholderData && summary.hasNext) {
      void queryClient.prefetchQuery(tokenListQuery({ ...params, page: summary.page + 1 }));
    }
  }, [query.data, query.isPlaceholderData, summary.hasNext, summary.page, queryClient, params]);

  const activeFilters = [
    search.user_id && t('filters.userIs', { user: search.user_id }),
    search.type && t('filters.typeIs', { type: t(`type.${search.type}`) }),
    search.status && t('filters.statusIs', { status: t(`status.${search.status}`) }),
  ].filter(Boolean);

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page-header">
        <h1 id="page-title">{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
      </header>
      <TokenFilters search={search} onChange={(patch) => setSearch(patch)} />
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
              onPageSizeChange={(pageSize) => setSearch({ page_size: pageSize === 20 ? undefined : (pageSize as TokenSearch['page_size']) })}
            />
          )}
        </>
      )}
    </section>
  );
}

import { useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { PageInfo } from '@/api/schemas/common';
import { DEFAULT_PAGE_SIZE, summarizePage } from '@/lib/pagination';

interface PagedData<T> {
  items: T[];
  total?: number;
  pagination?: PageInfo;
}

interface PageParams {
  page?: number;
  page_size?: number;
}

/**
 * One page of a list endpoint: the query, its items, the page summary for the Pagination control, and the next
 * page fetched ahead while this one shows (so "Next" paints from the cache).
 */
export function usePagedList<P extends PageParams, T, D extends PagedData<T>, K extends QueryKey>(
  listQuery: (params: P) => UseQueryOptions<D, Error, D, K>,
  params: P,
) {
  const queryClient = useQueryClient();
  const query = useQuery(listQuery(params));
  const items: D['items'] = useMemo(() => query.data?.items ?? [], [query.data]);
  const summary = summarizePage(query.data?.pagination, query.data?.total, items.length, {
    page: params.page ?? 1,
    pageSize: params.page_size ?? DEFAULT_PAGE_SIZE,
  });

  const ready = query.data !== undefined && !query.isPlaceholderData;
  useEffect(() => {
    if (!ready || !summary.hasNext) return;
    // once this page has painted (the frame, then a task): the prefetch is not part of showing it
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => void queryClient.prefetchQuery(listQuery({ ...params, page: summary.page + 1 })));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, summary.hasNext, summary.page, queryClient, listQuery, params]);

  return { query, items, summary };
}

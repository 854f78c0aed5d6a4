import { useQueries, useQueryClient, type QueryClient, type QueryState } from '@tanstack/react-query';
import { useRef } from 'react';
import { listTotal, USER_TOKENS_MAX_PAGES, USER_TOKENS_PAGE_SIZE, userTokenPageQuery } from '@/api/tokens';
import type { TokenInfo, TokenList } from '@/api/schemas/tokens';

/** How many pages of the full list load at once. */
export const USER_PAGES_CONCURRENCY = 4;

export interface UserAllTokens {
  /** The tokens that arrived, in page order (a failed page leaves its place out). */
  items: TokenInfo[];
  /** The first page is still on its way (nothing to show yet). */
  starting: boolean;
  /** The first page failed: nothing arrived. */
  firstError: unknown;
  /** Pages are still loading or waiting for their turn. */
  loading: boolean;
  /** The number of tokens the list will hold once every page arrived, when the server said how many. */
  expected: number | undefined;
  /** The user has more tokens than the list loads: the first `shown` of `total`. */
  limited: { shown: number; total: number | null } | undefined;
  /** Pages that failed (after the first), the error of the first of them, and about how many tokens they hold. */
  failedPages: number[];
  pageError: unknown;
  missing: number;
  /** Loads the failed pages again; what arrived stays. */
  retry: () => void;
}

const pageKey = (userId: string, page: number) => userTokenPageQuery(userId, page).queryKey;

/** The last page: the server's total_pages, else worked out from its total; undefined when it sent neither. */
function lastPageOf(list: TokenList): number | undefined {
  const pages = list.pagination?.total_pages;
  if (pages !== undefined) return pages;
  const total = listTotal(list);
  return total === null ? undefined : Math.ceil(total / USER_TOKENS_PAGE_SIZE);
}

/** With no total: another page while the last one says so (has_next, else a full page). An empty page ends it. */
function hasMore(list: TokenList | undefined): boolean {
  if (!list || list.items.length === 0) return false;
  return list.pagination?.has_next ?? list.items.length >= USER_TOKENS_PAGE_SIZE;
}

/** The pages to load (1..n, at most the limit), and whether the user has more than the limit. */
function plan(queryClient: QueryClient, userId: string, first: TokenList | undefined) {
  if (!first) return { pageCount: 1, beyondLimit: false };
  const last = lastPageOf(first);
  if (last !== undefined) return { pageCount: Math.max(1, Math.min(last, USER_TOKENS_MAX_PAGES)), beyondLimit: last > USER_TOKENS_MAX_PAGES };
  // no total from the server: walk while each page says there is another (one page at a time, necessarily)
  let page = 1;
  let list: TokenList | undefined = first;
  while (page < USER_TOKENS_MAX_PAGES && hasMore(list)) {
    page += 1;
    list = queryClient.getQueryData<TokenList>(pageKey(userId, page));
    if (!list) break;
  }
  return { pageCount: page, beyondLimit: page === USER_TOKENS_MAX_PAGES && hasMore(list) };
}

/** A page that must be (re)loaded: never asked for, or invalidated by a revoke. A failed page waits for Retry. */
function needsLoading(state: QueryState | undefined): boolean {
  if (!state) return true;
  if (state.status === 'pending') return true;
  return state.status === 'success' && state.isInvalidated;
}

/**
 * The pages' items in page order, as the same array until a page's data changes: a fetch starting or a page
 * failing renders again without rebuilding the table's rows.
 */
function useConcatenated(pages: (TokenInfo[] | undefined)[]): TokenInfo[] {
  const last = useRef<{ pages: (TokenInfo[] | undefined)[]; items: TokenInfo[] }>({ pages: [], items: [] });
  const same = pages.length === last.current.pages.length && pages.every((page, i) => page === last.current.pages[i]);
  if (!same) last.current = { pages, items: pages.flatMap((page) => page ?? []) };
  return last.current.items;
}

/**
 * Every token of one user for the user view's full list: page 1 first, then, once the number of pages is known,
 * the others at most USER_PAGES_CONCURRENCY at a time, up to USER_TOKENS_MAX_PAGES. Each page is a query (keyed
 * by the key factory), so a revoke's optimistic update and invalidation reach it; after an invalidation the pages
 * reload with the same bound. Leaving (unmounting) cancels the requests under way.
 */
export function useUserAllTokens(userId: string): UserAllTokens {
  const queryClient = useQueryClient();
  const first = queryClient.getQueryData<TokenList>(pageKey(userId, 1));
  const { pageCount, beyondLimit } = plan(queryClient, userId, first);
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);

  // Which pages may fetch now is read from the cache, the state of record: the ones fetching, then the next
  // ones in page order that need loading, up to the bound (page 1 counts when it refetches).
  const states = pages.map((page) => queryClient.getQueryState(pageKey(userId, page)));
  let free = USER_PAGES_CONCURRENCY - states.filter((s) => s?.fetchStatus === 'fetching').length;
  const enabled = states.map((state, i) => {
    if (i === 0 || state?.fetchStatus === 'fetching') return true;
    if (needsLoading(state) && free > 0) {
      free -= 1;
      return true;
    }
    return false;
  });
  const results = useQueries({
    queries: pages.map((page, i) => ({
      ...userTokenPageQuery(userId, page),
      enabled: enabled[i],
      // any change of any page (a fetch starting or failing too) renders again, so the next pages get their turn
      notifyOnChangeProps: 'all' as const,
    })),
  });

  const items = useConcatenated(results.map((result) => result.data?.items));
  const failedPages: number[] = [];
  let pageError: unknown;
  results.forEach((result, i) => {
    if (!result.data && result.isError && i > 0) {
      failedPages.push(i + 1);
      pageError ??= result.error;
    }
  });
  const total = first ? listTotal(first) : null;
  const capacity = USER_TOKENS_MAX_PAGES * USER_TOKENS_PAGE_SIZE;
  const expected = total === null ? undefined : Math.min(total, capacity);
  const lastPageSize = expected === undefined ? USER_TOKENS_PAGE_SIZE : expected - (pageCount - 1) * USER_TOKENS_PAGE_SIZE;
  const missing = failedPages.reduce((sum, page) => sum + (page === pageCount ? lastPageSize : USER_TOKENS_PAGE_SIZE), 0);
  const firstResult = results[0];

  return {
    items,
    starting: firstResult?.data === undefined && !firstResult?.isError,
    firstError: firstResult?.data === undefined && firstResult?.isError ? firstResult.error : undefined,
    loading: results.some((r) => r.fetchStatus === 'fetching') || states.some((s, i) => i > 0 && needsLoading(s)),
    expected,
    limited: beyondLimit ? { shown: capacity, total } : undefined,
    failedPages,
    pageError,
    missing,
    retry: () => {
      if (firstResult?.isError) void firstResult.refetch();
      // back to "never loaded": they take their turn again, within the bound
      for (const page of failedPages) void queryClient.resetQueries({ queryKey: pageKey(userId, page), exact: true });
    },
  };
}

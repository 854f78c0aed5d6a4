import { useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { queryKeys } from '@/api/queryKeys';
import { listTotal, USER_TOKENS_MAX_PAGES, USER_TOKENS_PAGE_SIZE, userTokenPageQuery } from '@/api/tokens';
import type { TokenInfo, TokenList } from '@/api/schemas/tokens';
import { runWithConcurrency } from '@/features/tokens/revoke/runWithConcurrency';

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

/** The pages to show (1..n, at most the limit), and whether the user has more tokens than the limit. */
function plan(queryClient: QueryClient, userId: string, first: TokenList | undefined) {
  if (!first) return { pageCount: 1, walking: false, beyondLimit: false };
  const last = lastPageOf(first);
  if (last !== undefined) {
    return { pageCount: Math.max(1, Math.min(last, USER_TOKENS_MAX_PAGES)), walking: false, beyondLimit: last > USER_TOKENS_MAX_PAGES };
  }
  // no total from the server: one more page while each says there is another (one at a time, necessarily)
  let page = 1;
  let list: TokenList | undefined = first;
  while (page < USER_TOKENS_MAX_PAGES && hasMore(list)) {
    page += 1;
    list = queryClient.getQueryData<TokenList>(pageKey(userId, page));
    if (!list) break;
  }
  return { pageCount: page, walking: true, beyondLimit: page === USER_TOKENS_MAX_PAGES && hasMore(list) };
}

/**
 * Loads pages 1..pageCount, at most USER_PAGES_CONCURRENCY at a time, in page order, through the query cache:
 * a page already there and not invalidated costs nothing, one already on its way is waited for. Runs again when a page is invalidated (a revoke) or on
 * `retry`, one run at a time so the bound holds; stops and cancels what is under way when the list goes away.
 */
function usePageLoader(userId: string, pageCount: number, ready: boolean) {
  const queryClient = useQueryClient();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!ready) return;
    let stopped = false;
    let running = false;
    let again = false;
    // page 1 too: its own observer refetches it after an invalidation, and that request takes one of the places
    const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        await runWithConcurrency(
          pages,
          USER_PAGES_CONCURRENCY,
          // a failure stays on its page's query, where the list shows it
          (page) => queryClient.query(userTokenPageQuery(userId, page)).then(() => undefined, () => undefined),
          () => !stopped,
        );
      } while (again && !stopped);
      running = false;
    };
    void run();
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      const [, kind, owner, page] = event.query.queryKey as readonly unknown[];
      if (event.type === 'updated' && event.action.type === 'invalidate' && kind === 'user' && owner === userId && page !== 1) {
        // once every page of this invalidation is marked, not in the middle of it
        queueMicrotask(() => void run());
      }
    });
    return () => {
      stopped = true;
      unsubscribe();
      void queryClient.cancelQueries({ queryKey: queryKeys.tokens.user(userId) });
    };
  }, [queryClient, userId, pageCount, ready, attempt]);
  return useCallback(() => setAttempt((n) => n + 1), []);
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
 * the others at most USER_PAGES_CONCURRENCY at a time, up to USER_TOKENS_MAX_PAGES. Each page is a query (keyed by
 * the key factory), so a revoke's optimistic update and invalidation reach it. Leaving cancels the requests under way.
 */
export function useUserAllTokens(userId: string): UserAllTokens {
  const queryClient = useQueryClient();
  const firstPage = useQuery(userTokenPageQuery(userId, 1));
  const first = firstPage.data;
  const { pageCount, walking, beyondLimit } = plan(queryClient, userId, first);
  // The other pages are read here and loaded by usePageLoader, not by these observers: the loader holds the bound.
  const rest = useQueries({
    queries: Array.from({ length: pageCount - 1 }, (_, i) => ({ ...userTokenPageQuery(userId, i + 2), enabled: false })),
  });
  const reload = usePageLoader(userId, pageCount, first !== undefined);

  const items = useConcatenated([first?.items, ...rest.map((result) => result.data?.items)]);
  const failedPages: number[] = [];
  let pageError: unknown;
  rest.forEach((result, i) => {
    if (result.isError && result.fetchStatus !== 'fetching') {
      failedPages.push(i + 2);
      pageError ??= result.error;
    }
  });
  const total = first ? listTotal(first) : null;
  const capacity = USER_TOKENS_MAX_PAGES * USER_TOKENS_PAGE_SIZE;
  const expected = total === null ? undefined : Math.min(total, capacity);
  const lastPageSize = expected === undefined ? USER_TOKENS_PAGE_SIZE : expected - (pageCount - 1) * USER_TOKENS_PAGE_SIZE;
  const missing = failedPages.reduce((sum, page) => sum + (page === pageCount ? lastPageSize : USER_TOKENS_PAGE_SIZE), 0);
  // a page not yet loaded, or invalidated and not yet reloaded (staleTime is Infinity: only that makes it stale)
  const waiting = (result: (typeof rest)[number]) =>
    result.fetchStatus === 'fetching' || (!result.isError && (result.data === undefined || result.isStale));

  return {
    items,
    starting: first === undefined && !firstPage.isError,
    firstError: first === undefined && firstPage.isError ? firstPage.error : undefined,
    loading:
      first === undefined ||
      firstPage.isFetching ||
      rest.some(waiting) ||
      (walking && !beyondLimit && hasMore(rest.at(-1)?.data ?? first)),
    expected,
    limited: beyondLimit ? { shown: capacity, total } : undefined,
    failedPages,
    pageError,
    missing,
    retry: () => {
      if (firstPage.isError) void firstPage.refetch();
      reload();
    },
  };
}

import type { EnsureQueryDataOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * How long entering a page waits for its data: long enough for a normal answer, so the page paints with its rows
 * (the old page stays up meanwhile, with the shell's progress bar after 150 ms); past it the page shows with its
 * own loading state (TanStack Router's default pendingMs is the same second).
 */
export const DATA_WAIT_MS = 1000;

/** Why a route loader runs: entering the route, a search change within it, or a hover/focus preload. */
export type LoaderCause = 'enter' | 'stay' | 'preload';

/**
 * A query a page reads, asked for from its route loader with the page's own `queryOptions`: the request leaves as
 * soon as the URL matches, beside the page chunk and its catalog. Cached data is used at once (and refreshed in
 * the background when stale, so the page does not ask again when it mounts); else it is fetched.
 */
export function prefetchQuery<TQueryFnData, TData, TQueryKey extends QueryKey>(
  queryClient: QueryClient,
  options: EnsureQueryDataOptions<TQueryFnData, Error, TData, TQueryKey>,
): Promise<unknown> {
  return queryClient.ensureQueryData({ ...options, revalidateIfStale: true });
}

/**
 * What a loader waits for of its page's data (the queries `prefetchQuery` asked for):
 * - entering a page (or preloading it): until the data is there, at most DATA_WAIT_MS;
 * - a change within the page (a page, a filter): not at all, so the URL and the filters follow at once while the
 *   page keeps its previous rows (placeholderData) until the new ones come.
 * A failed request never fails the navigation: the page shows it in its ErrorPanel with Retry, and the queries
 * have `retryOnMount: false`, so the page does not send the failed request a second time when it mounts.
 */
export function awaitPageData(cause: LoaderCause, requests: ReadonlyArray<Promise<unknown> | false | undefined>): Promise<void> {
  const settled = Promise.all(requests.map((request) => request && request.catch(() => undefined)));
  if (cause === 'stay') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, DATA_WAIT_MS);
    void settled.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

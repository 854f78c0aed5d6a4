import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

export interface AuthFailureHandlers {
  onUnauthorized: () => void;
  onForbidden: () => void;
}

/** A 429 that asks for a longer wait than this is not retried: the page shows it with the time to wait instead. */
export const MAX_RETRY_AFTER_SECONDS = 10;

/**
 * Only failures that may pass by themselves are retried, twice: network, time-out, 5xx, and 429 when the server's
 * `retry_after` / `Retry-After` is short enough to wait for.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2 || !isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.status === 429) return (error.retryAfter ?? 0) <= MAX_RETRY_AFTER_SECONDS;
  return error.status !== undefined && error.status >= 500;
}

/** Waits as long as a 429 asks; otherwise 1 s, then 2 s (React Query's back-off). */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.status === 429 && error.retryAfter !== undefined) {
    return Math.min(error.retryAfter, MAX_RETRY_AFTER_SECONDS) * 1000;
  }
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

export function createQueryClient(handlers: AuthFailureHandlers, options: { retry?: boolean } = {}): QueryClient {
  const onError = (error: unknown, isQuery: boolean) => {
    if (!isApiError(error)) return;
    if (error.status === 401) handlers.onUnauthorized();
    else if (error.status === 403 && isQuery) handlers.onForbidden();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onError(error, true) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error, false) }),
    defaultOptions: {
      queries: {
        retry: options.retry === false ? false : shouldRetry,
        retryDelay,
        staleTime: 15_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}

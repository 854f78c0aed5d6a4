import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

export interface AuthFailureHandlers {
  onUnauthorized: () => void;
  onForbidden: () => void;
}

/** Only failures that may pass by themselves are retried: network, time-out, 5xx, 429. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2 || !isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.status === 429 || (error.status !== undefined && error.status >= 500);
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
        staleTime: 15_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}

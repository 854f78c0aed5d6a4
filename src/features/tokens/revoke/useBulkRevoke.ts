import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { isApiError } from '@/api/errors';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import { revokeToken } from '@/api/revoke';
import type { RevocableToken } from '@/features/tokens/revocable';
import { runWithConcurrency } from './runWithConcurrency';
import { invalidateTokenViews, markTokensRevoked, restoreTokenStatuses } from './tokenCache';

/** How many revoke requests run at once: fast for 50 tokens, gentle on the server. */
export const BULK_REVOKE_CONCURRENCY = 4;

export type OutcomeState = 'queued' | 'running' | 'succeeded' | 'failed';

export interface BulkOutcome {
  token: RevocableToken;
  state: OutcomeState;
  error?: unknown;
}

export interface BulkProgress {
  total: number;
  done: number;
  succeeded: number;
  failed: number;
}

export function summarize(outcomes: readonly BulkOutcome[]): BulkProgress {
  const count = (state: OutcomeState) => outcomes.filter((o) => o.state === state).length;
  const succeeded = count('succeeded');
  const failed = count('failed');
  return { total: outcomes.length, done: succeeded + failed, succeeded, failed };
}

/**
 * Revokes many tokens, `concurrency` at a time, each shown revoked at once and put back if its request fails.
 * Keeps the outcome of every token; `retryFailed` sends again only the failed ones. A call while a run is
 * under way is ignored, so a double click never sends a request twice.
 */
export function useBulkRevoke(concurrency = BULK_REVOKE_CONCURRENCY) {
  const queryClient = useQueryClient();
  const [outcomes, setOutcomes] = useState<BulkOutcome[]>([]);
  const running = useRef(false);

  const update = useCallback((id: string, patch: Partial<BulkOutcome>) => {
    setOutcomes((current) => current.map((o) => (o.token.id === id ? { ...o, ...patch } : o)));
  }, []);

  const mutation = useMutation({
    mutationKey: mutationKeys.tokens.bulkRevoke,
    mutationFn: async (tokens: RevocableToken[]) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.tokens.all });
      const previous = markTokensRevoked(
        queryClient,
        tokens.map((t) => t.id),
      );
      let signedOut: unknown;
      const started = new Set<string>();
      await runWithConcurrency(
        tokens,
        concurrency,
        async (token) => {
          started.add(token.id);
          update(token.id, { state: 'running', error: undefined });
          try {
            await revokeToken(token.id);
            update(token.id, { state: 'succeeded' });
          } catch (error) {
            restoreTokenStatuses(queryClient, previous, [token.id]);
            update(token.id, { state: 'failed', error });
            if (isApiError(error) && error.status === 401) signedOut = error;
          }
        },
        () => signedOut === undefined,
      );
      if (signedOut !== undefined) {
        // The session ended: nothing more can be sent; what was not sent stays as it was.
        const notSent = tokens.filter((t) => !started.has(t.id)).map((t) => t.id);
        restoreTokenStatuses(queryClient, previous, notSent);
        const ids = new Set(notSent);
        setOutcomes((current) =>
          current.map((o) => (ids.has(o.token.id) ? { ...o, state: 'failed', error: signedOut } : o)),
        );
        throw signedOut;
      }
    },
    onSettled: () => {
      running.current = false;
      return invalidateTokenViews(queryClient);
    },
  });

  const run = (tokens: RevocableToken[]) => {
    if (running.current || tokens.length === 0) return false;
    running.current = true;
    mutation.mutate(tokens);
    return true;
  };

  /** Starts revoking `tokens`; answers false (and sends nothing) while a run is under way. */
  const start = (tokens: RevocableToken[]) => {
    if (running.current) return false;
    setOutcomes(tokens.map((token) => ({ token, state: 'queued' })));
    return run(tokens);
  };

  /** Sends again only the tokens whose revoke failed; the succeeded ones keep their outcome. */
  const retryFailed = () => {
    if (running.current) return false;
    const failed = outcomes.filter((o) => o.state === 'failed').map((o) => o.token);
    const ids = new Set(failed.map((t) => t.id));
    setOutcomes((current) => current.map((o) => (ids.has(o.token.id) ? { ...o, state: 'queued', error: undefined } : o)));
    return run(failed);
  };

  const reset = () => {
    if (!running.current) setOutcomes([]);
  };

  return {
    outcomes,
    progress: summarize(outcomes),
    isRunning: mutation.isPending,
    start,
    retryFailed,
    reset,
  };
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { isApiError } from '@/api/errors';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import { revokedCount, revokeUserOAuthTokens, revokeUserSessionTokens } from '@/api/revoke';
import type { SessionItem } from '@/api/schemas/sessions';
import { markSessionsEnded, restoreSessionStatuses } from '@/api/sessionCache';
import { endSessions } from '@/api/sessions';
import { running, runStep, type StepResult } from '@/components/steps';
import { planEndRun, type EndRun } from './endPlan';

export interface EndSessionsRequest {
  sessions: readonly SessionItem[];
  /** Revoke the tokens of every user whose sessions end, after ending them. */
  revokeTokens: boolean;
}

const isSignedOut = (result: StepResult) => isApiError(result.error) && result.error.status === 401;
const isPending = (result: StepResult) => result.state === 'waiting' || result.state === 'failed';

/**
 * Ends sessions with `DELETE …/sessions/bulk`, at most 100 ids a request, the requests one after the other (their
 * progress is "n of m"); then, when asked, revokes the tokens of each user involved (ending a session leaves its
 * access tokens valid until they expire). The sessions show as ended at once; a chunk the server refuses comes back
 * with its reason. Every request's outcome is kept; `retryFailed` sends only the failed ones again. One run at a
 * time: a second click sends nothing.
 */
export function useEndSessions() {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<EndRun>();
  const runningNow = useRef(false);
  // true from the click that starts a run until it settles (the mutation turns pending a moment later)
  const [busy, setBusy] = useState(false);

  const mutation = useMutation({
    mutationKey: mutationKeys.sessions.end,
    mutationFn: async (start: EndRun): Promise<EndRun> => {
      let current = start;
      const publish = (next: EndRun) => {
        current = next;
        setRun(next);
      };
      publish(current);
      await queryClient.cancelQueries({ queryKey: queryKeys.sessions.all });
      let signedOut: unknown;

      for (let i = 0; i < current.chunks.length && signedOut === undefined; i += 1) {
        const { ids, result } = current.chunks[i]!;
        if (!isPending(result)) continue;
        const setChunk = (next: StepResult) =>
          publish({ ...current, chunks: current.chunks.map((c, j) => (j === i ? { ...c, result: next } : c)) });
        setChunk(running);
        const wanted = new Set(ids);
        const previous = markSessionsEnded(queryClient, (s) => s.id !== undefined && wanted.has(s.id));
        const outcome = await runStep(() => endSessions(ids));
        if (outcome.state === 'failed') restoreSessionStatuses(queryClient, previous);
        if (isSignedOut(outcome)) signedOut = outcome.error;
        setChunk(outcome);
      }

      for (let i = 0; i < current.users.length && signedOut === undefined; i += 1) {
        const { userId } = current.users[i]!;
        const setUser = (patch: Partial<EndRun['users'][number]>) =>
          publish({ ...current, users: current.users.map((u, j) => (j === i ? { ...u, ...patch } : u)) });
        if (isPending(current.users[i]!.sessionTokens)) {
          setUser({ sessionTokens: running });
          const outcome = await runStep(async () => revokedCount(await revokeUserSessionTokens(userId)));
          setUser({ sessionTokens: outcome });
          if (isSignedOut(outcome)) signedOut = outcome.error;
        }
        if (signedOut === undefined && isPending(current.users[i]!.oauthTokens)) {
          setUser({ oauthTokens: running });
          const outcome = await runStep(async () => revokedCount(await revokeUserOAuthTokens(userId)));
          setUser({ oauthTokens: outcome });
          if (isSignedOut(outcome)) signedOut = outcome.error;
        }
      }
      // a signed-out session must reach the app's 401 handling, which sees only thrown errors
      if (signedOut !== undefined) throw signedOut;
      return current;
    },
    onSettled: (result) => {
      runningNow.current = false;
      setBusy(false);
      const revoked = (result ?? run)?.users.length;
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.sessions.all }),
        revoked ? queryClient.invalidateQueries({ queryKey: queryKeys.tokens.all }) : undefined,
      ]);
    },
  });

  const { mutate } = mutation;
  const launch = useCallback(
    (next: EndRun) => {
      if (runningNow.current) return false;
      runningNow.current = true;
      setBusy(true);
      // shown at once (every step waiting), before the first request leaves
      setRun(next);
      mutate(next);
      return true;
    },
    [mutate],
  );

  /** Ends `sessions`; answers false (and sends nothing) while a run is under way. */
  const start = useCallback(
    ({ sessions, revokeTokens }: EndSessionsRequest) =>
      launch(
        planEndRun(
          sessions.flatMap((s) => (s.id ? [s.id] : [])),
          sessions.flatMap((s) => (s.user_id ? [s.user_id] : [])),
          revokeTokens,
        ),
      ),
    [launch],
  );

  /** Sends again only the requests that failed; the others keep their outcome. */
  const retryFailed = useCallback(() => (run ? launch(run) : false), [launch, run]);

  const reset = useCallback(() => {
    if (!runningNow.current) setRun(undefined);
  }, []);

  return { run, start, retryFailed, reset, isRunning: busy || mutation.isPending };
}

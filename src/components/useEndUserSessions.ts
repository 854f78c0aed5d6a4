import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { isApiError } from '@/api/errors';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import { revokedCount, revokeUserOAuthTokens, revokeUserSessionTokens } from '@/api/revoke';
import { markSessionsEnded, restoreSessionStatuses } from '@/api/sessionCache';
import { endUserSessions } from '@/api/sessions';
import { running, runStep, waiting, type StepResult } from './steps';

export interface EndUserRequest {
  userId: string;
  /** Revoke the user's tokens too (both user-wide routes), after ending the sessions. */
  revokeTokens: boolean;
}

/** Each step's outcome: the sessions, then (when asked) the session service's tokens and the OAuth tokens. */
export interface EndUserSteps {
  sessions: StepResult;
  sessionTokens?: StepResult;
  oauthTokens?: StepResult;
}

const planOf = (revokeTokens: boolean): EndUserSteps => ({
  sessions: waiting,
  ...(revokeTokens ? { sessionTokens: waiting, oauthTokens: waiting } : {}),
});

const isSignedOut = (step: StepResult | undefined) => isApiError(step?.error) && step.error.status === 401;

/**
 * Ends every session of one user (`DELETE …/sessions/user/{id}`) and, when asked, revokes the user's tokens too —
 * "sign out everywhere": ending a session leaves its access tokens valid until they expire. Each step runs whatever
 * the one before answered, and reports its own outcome. The user's sessions show as ended at once in every cached
 * list and come back if the server refuses; the lists and counts are asked again after. One run at a time.
 */
export function useEndUserSessions() {
  const queryClient = useQueryClient();
  const [steps, setSteps] = useState<EndUserSteps>();
  const runningNow = useRef(false);
  // true from the click that starts a run until it settles (the mutation turns pending a moment later)
  const [busy, setBusy] = useState(false);

  const mutation = useMutation({
    mutationKey: mutationKeys.sessions.endUser,
    mutationFn: async ({ userId, revokeTokens }: EndUserRequest): Promise<EndUserSteps> => {
      let current = planOf(revokeTokens);
      const update = (patch: Partial<EndUserSteps>) => {
        current = { ...current, ...patch };
        setSteps(current);
      };
      update({ sessions: running });
      await queryClient.cancelQueries({ queryKey: queryKeys.sessions.all });
      const previous = markSessionsEnded(queryClient, (session) => session.user_id === userId);
      const sessions = await runStep(() => endUserSessions(userId));
      if (sessions.state === 'failed') restoreSessionStatuses(queryClient, previous);
      update({ sessions });
      if (revokeTokens && !isSignedOut(sessions)) {
        update({ sessionTokens: running });
        const sessionTokens = await runStep(async () => revokedCount(await revokeUserSessionTokens(userId)));
        update({ sessionTokens, oauthTokens: isSignedOut(sessionTokens) ? waiting : running });
        if (!isSignedOut(sessionTokens)) {
          update({ oauthTokens: await runStep(async () => revokedCount(await revokeUserOAuthTokens(userId))) });
        }
      }
      // a signed-out session must reach the app's 401 handling, which sees only thrown errors
      const signedOut = [current.sessions, current.sessionTokens, current.oauthTokens].find(isSignedOut);
      if (signedOut) throw signedOut.error;
      return current;
    },
    onSettled: async (_result, _error, { revokeTokens }) => {
      runningNow.current = false;
      setBusy(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.sessions.all }),
        revokeTokens && queryClient.invalidateQueries({ queryKey: queryKeys.tokens.all }),
      ]);
    },
  });

  const { mutateAsync } = mutation;
  /** Starts the run; answers undefined (and sends nothing) while one is under way. */
  const run = useCallback(
    async (request: EndUserRequest): Promise<EndUserSteps | undefined> => {
      if (runningNow.current) return undefined;
      runningNow.current = true;
      setBusy(true);
      // shown at once (every step waiting), before the first request leaves
      setSteps(planOf(request.revokeTokens));
      return mutateAsync(request);
    },
    [mutateAsync],
  );
  const reset = useCallback(() => {
    if (!runningNow.current) setSteps(undefined);
  }, []);

  return { steps, run, reset, isRunning: busy || mutation.isPending };
}

const stepsOf = (steps: EndUserSteps) => [steps.sessions, steps.sessionTokens, steps.oauthTokens].filter((s) => s !== undefined);

/** Whether every step of a run succeeded. */
export function allDone(steps: EndUserSteps | undefined): boolean {
  return steps !== undefined && stepsOf(steps).every((s) => s.state === 'done');
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import { revokedCount, revokeUserOAuthTokens, revokeUserSessionTokens } from '@/api/revoke';
import { invalidateTokenViews, markUserTokensRevoked, restoreTokenStatuses } from './tokenCache';

/** The answer of one of the two user-wide revoke routes. */
export type RouteOutcome = { ok: true; count?: number } | { ok: false; error: unknown };

export interface UserRevokeResult {
  userId: string;
  session: RouteOutcome;
  oauth: RouteOutcome;
}

function outcome(settled: PromiseSettledResult<Parameters<typeof revokedCount>[0]>): RouteOutcome {
  return settled.status === 'fulfilled'
    ? { ok: true, count: revokedCount(settled.value) }
    : { ok: false, error: settled.reason };
}

/**
 * Revokes every active token of one user through both user-wide routes (the session service's revoke-all and
 * the OAuth service's user revoke), and reports each route's result; one failing does not hide the other.
 */
export function useRevokeUserTokens() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.tokens.revokeUser,
    mutationFn: async (userId: string): Promise<UserRevokeResult> => {
      // One after the other, so each route's count is its own; the second runs whatever the first answered.
      const [session] = await Promise.allSettled([revokeUserSessionTokens(userId)]);
      const [oauth] = await Promise.allSettled([revokeUserOAuthTokens(userId)]);
      const result = { userId, session: outcome(session), oauth: outcome(oauth) };
      // A signed-out session must reach the app's 401 handling, which only sees thrown errors.
      for (const route of [result.session, result.oauth]) {
        if (!route.ok && isApiError(route.error) && route.error.status === 401) throw route.error;
      }
      return result;
    },
    onMutate: async (userId) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.tokens.all });
      return { previous: markUserTokensRevoked(queryClient, userId) };
    },
    onSuccess: (result, _userId, context) => {
      if (!result.session.ok && !result.oauth.ok && context) restoreTokenStatuses(queryClient, context.previous);
    },
    onError: (_error, _userId, context) => {
      if (context) restoreTokenStatuses(queryClient, context.previous);
    },
    onSettled: () => invalidateTokenViews(queryClient),
  });
}

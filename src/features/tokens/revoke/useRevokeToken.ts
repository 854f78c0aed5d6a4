import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import { revokeToken } from '@/api/revoke';
import { invalidateTokenViews, markTokensRevoked, restoreTokenStatuses } from './tokenCache';

/** Revokes one token: the row shows "revoked" at once, goes back if the server refuses, then the lists refetch. */
export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.tokens.revoke,
    mutationFn: (tokenId: string) => revokeToken(tokenId),
    onMutate: async (tokenId) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.tokens.all });
      return { previous: markTokensRevoked(queryClient, [tokenId]) };
    },
    onError: (_error, _tokenId, context) => {
      if (context) restoreTokenStatuses(queryClient, context.previous);
    },
    onSettled: () => invalidateTokenViews(queryClient),
  });
}

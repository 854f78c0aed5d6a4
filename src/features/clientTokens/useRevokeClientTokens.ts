import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import { revokeClientTokens } from '@/api/revoke';

/**
 * Revokes every active token of a client, then refetches its token list, the tenant's token lists, and the client's
 * usage and history (the revoke is in both).
 */
export function useRevokeClientTokens(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.clients.revokeTokens,
    mutationFn: (gracePeriod: number | undefined) => revokeClientTokens(clientId, gracePeriod),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.clients.tokens(clientId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tokens.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.clients.stats(clientId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.clients.history(clientId) }),
      ]),
  });
}

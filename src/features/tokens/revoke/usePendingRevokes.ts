import { useMutationState } from '@tanstack/react-query';
import { useMemo } from 'react';
import { mutationKeys } from '@/api/queryKeys';

/**
 * What is being revoked right now, read from React Query's mutation cache by key: the revokes run in lazily loaded
 * dialogs, which need not report their state to the page.
 */
export function usePendingRevokes() {
  const tokenIds = useMutationState({
    filters: { mutationKey: mutationKeys.tokens.revoke, status: 'pending' },
    select: (mutation) => mutation.state.variables as string,
  });
  const userIds = useMutationState({
    filters: { mutationKey: mutationKeys.tokens.revokeUser, status: 'pending' },
    select: (mutation) => mutation.state.variables as string,
  });
  // useMutationState answers the same arrays while nothing changes, so these stay the same objects too
  return useMemo(() => ({ tokenIds: new Set(tokenIds), userIds: new Set(userIds) }), [tokenIds, userIds]);
}

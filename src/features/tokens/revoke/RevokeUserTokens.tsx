import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { userTokensQuery } from '@/api/tokens';
import { LazyPart, RevokeUserTokensDialog } from './lazyRevoke';
import { countTokens } from '@/features/tokens/user/userTokenCounts';
import type { UserRevokeResult } from './useRevokeUserTokens';

interface RevokeUserTokensProps {
  /** The user whose tokens to revoke; the dialog is open while set. */
  userId: string | undefined;
  onClose: () => void;
  onDone: (result: UserRevokeResult) => void;
  onPendingChange: (pending: boolean) => void;
}

/** The user-wide revoke: counts the user's tokens (as the user view does) for the dialog, which is in a lazy chunk. */
export function RevokeUserTokens({ userId, ...dialog }: RevokeUserTokensProps) {
  const query = useQuery({ ...userTokensQuery(userId ?? ''), enabled: userId !== undefined });
  const counts = useMemo(() => (query.data ? countTokens(query.data.items) : undefined), [query.data]);
  return (
    <LazyPart>
      <RevokeUserTokensDialog userId={userId} counts={counts} countQuery={query} {...dialog} />
    </LazyPart>
  );
}

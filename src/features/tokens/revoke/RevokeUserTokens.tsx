import { LazyPart, RevokeUserTokensDialog } from './lazyRevoke';
import { useUserTokenCounts } from '@/components/useUserTokenCounts';
import type { UserRevokeResult } from './useRevokeUserTokens';

interface RevokeUserTokensProps {
  /** The user whose tokens to revoke; the dialog is open while set. */
  userId: string | undefined;
  onClose: () => void;
  onDone: (result: UserRevokeResult) => void;
}

/** The user-wide revoke: counts the user's tokens (the user view's cached counts) for the dialog, in a lazy chunk. */
export function RevokeUserTokens({ userId, ...dialog }: RevokeUserTokensProps) {
  const { counts, ...countQuery } = useUserTokenCounts(userId);
  return (
    <LazyPart>
      <RevokeUserTokensDialog userId={userId} counts={counts} countQuery={countQuery} {...dialog} />
    </LazyPart>
  );
}

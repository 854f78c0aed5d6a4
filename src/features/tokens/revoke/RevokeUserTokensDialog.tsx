import { useLingui } from '@lingui/react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorPanel } from '@/components/ErrorPanel';
import type { TokenCounts } from '@/lib/tokenCounts';
import { useRevokeUserTokens, type UserRevokeResult } from './useRevokeUserTokens';

interface RevokeUserTokensDialogProps {
  /** The user whose tokens to revoke; the dialog is open while set. */
  userId: string | undefined;
  /** The user's tokens counted from list totals, once known (RevokeUserTokens counts them). */
  counts: TokenCounts | undefined;
  /** The count's query: its failure is shown with a retry, and the revoke may go ahead uncounted. */
  countQuery: { isError: boolean; error: unknown; refetch: () => void };
  onClose: () => void;
  onDone: (result: UserRevokeResult) => void;
}

/** Confirms "revoke all active tokens of this user", stating how many (from the list totals). */
export function RevokeUserTokensDialog(props: RevokeUserTokensDialogProps) {
  const { userId, counts, countQuery: query, onClose, onDone } = props;
  const { _: t, i18n } = useLingui();
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  // its state is read by key where it is shown (the user view's revoke button): see usePendingRevokes
  const mutation = useRevokeUserTokens();

  // null: the server sent no total for the active tokens; the revoke goes ahead uncounted
  const active = counts?.active;
  const description = !userId
    ? ''
    : counts && active !== null && active !== undefined
      ? t('tokens.userRevoke.description', {
          count: active,
          n: n(active),
          user: userId,
          access: n(counts.activeByType.access ?? 0),
          refresh: n(counts.activeByType.refresh ?? 0),
        })
      : query.isError || active === null
        ? t('tokens.userRevoke.descriptionUncounted', { user: userId })
        : t('tokens.userRevoke.counting');

  return (
    <ConfirmDialog
      open={userId !== undefined}
      onOpenChange={(open) => !open && onClose()}
      title={t('tokens.userRevoke.title', { user: userId ?? '' })}
      description={description}
      confirmLabel={
        active !== null && active !== undefined
          ? t('tokens.userRevoke.confirm', { count: active, n: n(active) })
          : t('tokens.userRevoke.confirmUncounted')
      }
      canConfirm={counts !== undefined || query.isError}
      onConfirm={async () => {
        if (!userId) return;
        onDone(await mutation.mutateAsync(userId));
      }}
    >
      <p className="muted">{t('tokens.userRevoke.routes')}</p>
      {query.isError && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} title={t('tokens.user.countFailed')} />}
    </ConfirmDialog>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/useTranslation';
import { userTokensQuery } from '../../api/tokens';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { countTokens } from './userTokenCounts';
import type { UserRevokeResult, useRevokeUserTokens } from './useRevokeUserTokens';

interface RevokeUserTokensDialogProps {
  /** The user whose tokens to revoke; the dialog is open while set. */
  userId: string | undefined;
  onClose: () => void;
  mutation: ReturnType<typeof useRevokeUserTokens>;
  onDone: (result: UserRevokeResult) => void;
}

/** Confirms "revoke all active tokens of this user", stating how many (counted across every page). */
export function RevokeUserTokensDialog({ userId, onClose, mutation, onDone }: RevokeUserTokensDialogProps) {
  const { t, i18n } = useTranslation('tokens');
  const n = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const query = useQuery({ ...userTokensQuery(userId ?? ''), enabled: userId !== undefined });
  const counts = query.data ? countTokens(query.data.items) : undefined;

  const description = !userId
    ? ''
    : counts
      ? t('userRevoke.description', {
          count: counts.active,
          n: n(counts.active),
          user: userId,
          access: n(counts.activeByType.access ?? 0),
          refresh: n(counts.activeByType.refresh ?? 0),
        })
      : query.isError
        ? t('userRevoke.descriptionUncounted', { user: userId })
        : t('userRevoke.counting');

  return (
    <ConfirmDialog
      open={userId !== undefined}
      onOpenChange={(open) => !open && onClose()}
      title={t('userRevoke.title', { user: userId ?? '' })}
      description={description}
      confirmLabel={
        counts ? t('userRevoke.confirm', { count: counts.active, n: n(counts.active) }) : t('userRevoke.confirmUncounted')
      }
      canConfirm={counts !== undefined || query.isError}
      onConfirm={async () => {
        if (!userId) return;
        onDone(await mutation.mutateAsync(userId));
      }}
    >
      <p className="muted">{t('userRevoke.routes')}</p>
      {query.isError && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} title={t('user.countFailed')} />}
    </ConfirmDialog>
  );
}

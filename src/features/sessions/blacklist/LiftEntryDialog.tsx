import { useLingui } from '@lingui/react';
import type { BlacklistEntry } from '@/api/schemas/tokenBlacklist';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { notify } from '@/components/notify';
import { formatDateTime, parseTimestamp } from '@/lib/time';
import { useLiftEntry } from './useLiftEntry';

/** Confirms lifting one entry, saying what it means: the token is accepted again until it expires. */
export function LiftEntryDialog({ entry, onClose }: { entry: (BlacklistEntry & { id: string }) | undefined; onClose: () => void }) {
  const { _: t, i18n } = useLingui();
  const lift = useLiftEntry();
  const expires = parseTimestamp(entry?.expires_at);
  return (
    <ConfirmDialog
      open={entry !== undefined}
      onOpenChange={(open) => !open && onClose()}
      title={t('sessions.blacklist.lift.title')}
      description={t('sessions.blacklist.lift.description', {
        token: entry?.token_id ?? entry?.jti ?? entry?.id ?? '—',
        user: entry?.user_id ?? '—',
        expires: expires ? formatDateTime(expires, i18n.locale) : '—',
      })}
      confirmLabel={t('sessions.blacklist.lift.confirm')}
      onConfirm={async () => {
        if (!entry) return;
        await lift.mutateAsync(entry);
        notify.success(t('sessions.blacklist.lift.done', { id: entry.id }));
      }}
    >
      {entry?.reason && (
        <p>
          {t('sessions.blacklist.lift.reason')} <bdi className="wrap-anywhere">{entry.reason}</bdi>
        </p>
      )}
    </ConfirmDialog>
  );
}

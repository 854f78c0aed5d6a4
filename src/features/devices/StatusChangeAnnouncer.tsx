import { useTranslation } from '@/i18n/useTranslation';
import type { StatusChange } from './statusChanges';

/** Tells screen-reader users what the highlight shows: which sessions changed status with the last refresh. */
export function StatusChangeAnnouncer({ changes }: { changes: StatusChange[] }) {
  const { t } = useTranslation('devices');
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="status-changes">
      {changes
        .map((c) =>
          t('changes.announce', {
            code: c.userCode ?? c.deviceCode,
            status: c.to ? t(`status.${c.to}`, { defaultValue: c.to }) : '—',
          }),
        )
        .join('; ')}
    </div>
  );
}

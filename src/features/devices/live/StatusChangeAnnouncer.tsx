import { useLingui } from '@lingui/react';
import type { StatusChange } from './statusChanges';

/** Tells screen-reader users what the highlight shows: which sessions changed status with the last refresh. */
export function StatusChangeAnnouncer({ changes }: { changes: StatusChange[] }) {
  const { _: t } = useLingui();
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="status-changes">
      {changes
        .map((c) =>
          t('devices.changes.announce', {
            code: c.userCode ?? c.deviceCode,
            status: c.to ? t({ id: `devices.status.${c.to}`, message: c.to }) : '—',
          }),
        )
        .join('; ')}
    </div>
  );
}

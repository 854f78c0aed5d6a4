import { useLingui } from '@lingui/react';
import type { DeviceSession } from '@/api/schemas/devices';

/** "12 polls · every 5 s": how busy the device has been, and how often it is allowed to ask. */
export function PollsCell({ session }: { session: Pick<DeviceSession, 'poll_count' | 'interval'> }) {
  const { _: t } = useLingui();
  const { poll_count: count, interval } = session;
  if (count === undefined && interval === undefined) return <>—</>;
  return (
    <span className="polls">
      <span>{count === undefined ? '—' : t('devices.polls.count', { count })}</span>
      {interval !== undefined && <span className="muted"> · {t('devices.polls.every', { seconds: interval })}</span>}
    </span>
  );
}

import { useLingui } from '@lingui/react';
import type { DeviceSession } from '@/api/schemas/devices';
import { RelativeTime } from '@/components/RelativeTime';
import { useNow } from '@/components/useNow';
import { formatDateTime, parseTimestamp } from '@/lib/time';
import { countdownTo, formatCountdown } from './sessionTime';

/**
 * When a session's code expires: a ticking countdown while it is pending, "Expired" once it reaches zero,
 * and a plain relative time for sessions that are already settled.
 */
export function ExpiryCountdown({ session }: { session: Pick<DeviceSession, 'status' | 'expires_at'> }) {
  const { _: t, i18n } = useLingui();
  const now = useNow(1000);
  const date = parseTimestamp(session.expires_at);
  if (!date || session.status !== 'pending') return <RelativeTime value={session.expires_at} />;
  const left = countdownTo(session.expires_at, now);
  const exact = t('devices.countdown.exact', { time: formatDateTime(date, i18n.locale) });
  return (
    <time dateTime={date.toISOString()} title={exact} className={left?.expired ? 'countdown countdown-expired' : 'countdown'}>
      {left && !left.expired ? t('devices.countdown.remaining', { time: formatCountdown(left.seconds) }) : t('devices.countdown.expired')}
    </time>
  );
}

import type { DeviceSession } from '@/api/schemas/devices';
import { parseTimestamp } from '@/lib/time';

export type Countdown = { expired: true } | { expired: false; seconds: number };

/** Time left until `expiresAt`, in whole seconds rounded up, so "0:01" is the last value before "expired". */
export function countdownTo(expiresAt: string | undefined, now: number): Countdown | undefined {
  const date = parseTimestamp(expiresAt);
  if (!date) return undefined;
  const ms = date.getTime() - now;
  return ms <= 0 ? { expired: true } : { expired: false, seconds: Math.ceil(ms / 1000) };
}

/** "4:05", "14:59", "1:02:03": a clock-style duration that does not jump in width every second. */
export function formatCountdown(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/**
 * The status to show now: a pending session whose code has run out is expired, whether or not the server has
 * said so yet. Unknown statuses pass through unchanged.
 */
export function effectiveStatus(session: Pick<DeviceSession, 'status' | 'expires_at'>, now: number): string | undefined {
  if (session.status !== 'pending') return session.status;
  return countdownTo(session.expires_at, now)?.expired ? 'expired' : 'pending';
}

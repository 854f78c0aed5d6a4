import type { DeviceSession } from '@/api/schemas/devices';
import { effectiveStatus } from '@/features/devices/table/sessionTime';

/** Never refresh faster than this, whatever the sessions' interval says. */
export const MIN_REFRESH_MS = 5_000;
/** A session's approval does not wait for the device's poll, so a long interval must not hide it for minutes. */
export const MAX_REFRESH_MS = 30_000;
/** RFC 8628 §3.2: a device that is given no interval polls every 5 seconds. */
export const DEFAULT_POLL_INTERVAL_S = 5;

export interface RefreshInput {
  sessions: ReadonlyArray<Pick<DeviceSession, 'status' | 'expires_at' | 'interval'>>;
  now: number;
  paused: boolean;
  /** The view shows only pending sessions: keep watching for new ones even while it is empty. */
  watchingPending?: boolean;
}

/**
 * How often the list refreshes itself: while a pending session is on screen, as often as the fastest-polling
 * of them (each poll changes its row), clamped to [5 s, 30 s]; `false` when paused or nothing is pending.
 */
export function chooseRefreshInterval({ sessions, now, paused, watchingPending }: RefreshInput): number | false {
  if (paused) return false;
  const intervals = sessions
    .filter((s) => effectiveStatus(s, now) === 'pending')
    .map((s) => (s.interval !== undefined && Number.isFinite(s.interval) && s.interval > 0 ? s.interval : DEFAULT_POLL_INTERVAL_S));
  if (intervals.length === 0) return watchingPending ? MIN_REFRESH_MS : false;
  const ms = Math.min(...intervals) * 1000;
  return Math.min(MAX_REFRESH_MS, Math.max(MIN_REFRESH_MS, ms));
}

import type { DeviceSession } from '@/api/schemas/devices';
import { effectiveStatus } from '@/features/devices/table/sessionTime';

type Snapshot = Pick<DeviceSession, 'status' | 'expires_at'>;
export type SeenSessions = ReadonlyMap<string, Snapshot>;

export interface StatusChange {
  deviceCode: string;
  userCode: string | undefined;
  from: string | undefined;
  to: string | undefined;
}

/**
 * The sessions whose shown status differs from what was shown just before this refresh. Both sides are read at
 * `now`, so a pending session whose countdown already turned it to "expired" on screen is not a change when the
 * server confirms it. Sessions not seen before (first load, a new page) are never changes.
 */
export function findStatusChanges(seen: SeenSessions, sessions: readonly DeviceSession[], now: number): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const session of sessions) {
    if (!session.device_code) continue;
    const before = seen.get(session.device_code);
    if (!before) continue;
    const from = effectiveStatus(before, now);
    const to = effectiveStatus(session, now);
    if (from !== to) changes.push({ deviceCode: session.device_code, userCode: session.user_code, from, to });
  }
  return changes;
}

/** Remembers the sessions of this answer on top of those seen before. */
export function rememberSessions(seen: SeenSessions, sessions: readonly DeviceSession[]): SeenSessions {
  const next = new Map(seen);
  for (const s of sessions) {
    if (s.device_code) next.set(s.device_code, { status: s.status, expires_at: s.expires_at });
  }
  return next;
}

import { DAY, HOUR, toRfc3339 } from '@/mocks/clock';
import { getMockDb } from './store';
import type { MockBlacklistEntry, MockSession, MockTrustedDevice } from './types';

export type SessionStatus = 'active' | 'expired' | 'revoked';
export type RiskLevel = 'low' | 'medium' | 'high';

/** A session's status at `now`: ended by an admin wins, then expiry. */
export function sessionStatus(session: MockSession, now: number): SessionStatus {
  if (session.revoked_at !== undefined && session.revoked_at <= now) return 'revoked';
  return session.expires_at <= now ? 'expired' : 'active';
}

export function riskLevel(score: number): RiskLevel {
  return score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low';
}

/** When a session ended (or will end), whichever comes first. */
const endOf = (session: MockSession) => Math.min(session.revoked_at ?? Infinity, session.expires_at);

/** Sessions of a tenant that exist at `now` (the seed lays out some in the near future). */
export function visibleSessions(tenantId: string, now: number): MockSession[] {
  return getMockDb().sessions.filter((s) => s.tenant_id === tenantId && s.created_at <= now);
}

/** `SessionItem` */
export function toSessionItem(session: MockSession, now: number) {
  return {
    id: session.id,
    user_id: session.user_id,
    client_id: session.client_id,
    status: sessionStatus(session, now),
    ip: session.ip,
    user_agent: session.user_agent,
    device_id: session.device_id,
    location: session.location,
    mfa: session.mfa,
    risk_score: session.risk_score,
    risk_level: riskLevel(session.risk_score),
    created_at: toRfc3339(session.created_at),
    last_active_at: toRfc3339(Math.min(session.last_active_at, now)),
    expires_at: toRfc3339(session.expires_at),
  };
}

export interface SessionFilter {
  user_id?: string;
  client_id?: string;
  status?: SessionStatus;
  ip?: string;
  min_risk?: number;
}

/** The tenant's sessions matching a filter, newest first. */
export function findSessions(tenantId: string, filter: SessionFilter, now: number): MockSession[] {
  return visibleSessions(tenantId, now)
    .filter(
      (s) =>
        (filter.user_id === undefined || s.user_id === filter.user_id) &&
        (filter.client_id === undefined || s.client_id === filter.client_id) &&
        (filter.status === undefined || sessionStatus(s, now) === filter.status) &&
        (filter.ip === undefined || s.ip === filter.ip) &&
        (filter.min_risk === undefined || s.risk_score >= filter.min_risk),
    )
    .sort((a, b) => b.created_at - a.created_at || a.id.localeCompare(b.id));
}

export function findSession(tenantId: string, sessionId: string, now: number): MockSession | undefined {
  return visibleSessions(tenantId, now).find((s) => s.id === sessionId);
}

/** Ends the active sessions among `ids`; how many it ended. */
export function endSessions(tenantId: string, ids: readonly string[], now: number): number {
  const wanted = new Set(ids);
  let ended = 0;
  for (const session of visibleSessions(tenantId, now)) {
    if (wanted.has(session.id) && sessionStatus(session, now) === 'active') {
      session.revoked_at = now;
      ended += 1;
    }
  }
  return ended;
}

export function endUserSessions(tenantId: string, userId: string, now: number): number {
  const ids = visibleSessions(tenantId, now)
    .filter((s) => s.user_id === userId)
    .map((s) => s.id);
  return endSessions(tenantId, ids, now);
}

/** Removes the tenant's expired sessions (ended by time, not by an admin); how many it removed. */
export function purgeExpiredSessions(tenantId: string, now: number): number {
  const db = getMockDb();
  const before = db.sessions.length;
  db.sessions = db.sessions.filter((s) => !(s.tenant_id === tenantId && s.created_at <= now && sessionStatus(s, now) === 'expired'));
  return before - db.sessions.length;
}

/** `SessionStats`: counts of the sessions that exist at `now`, and the last 24 hours hour by hour. */
export function sessionStats(tenantId: string, now: number) {
  const sessions = visibleSessions(tenantId, now);
  const active = sessions.filter((s) => sessionStatus(s, now) === 'active');
  const count = (status: SessionStatus) => sessions.filter((s) => sessionStatus(s, now) === status).length;
  const byRisk = { low: 0, medium: 0, high: 0 };
  for (const s of active) byRisk[riskLevel(s.risk_score)] += 1;
  const byClient = new Map<string, number>();
  for (const s of active) byClient.set(s.client_id, (byClient.get(s.client_id) ?? 0) + 1);
  const dayAgo = now - DAY;
  const firstHour = Math.floor(now / HOUR) * HOUR - 23 * HOUR;
  const hourly = Array.from({ length: 24 }, (_, i) => {
    const start = firstHour + i * HOUR;
    const end = start + HOUR;
    return {
      hour: toRfc3339(start),
      created: sessions.filter((s) => s.created_at >= start && s.created_at < end).length,
      ended: sessions.filter((s) => endOf(s) >= start && endOf(s) < end && endOf(s) <= now).length,
    };
  });
  return {
    active: active.length,
    expired: count('expired'),
    revoked: count('revoked'),
    created_24h: sessions.filter((s) => s.created_at > dayAgo).length,
    users_active_24h: new Set(sessions.filter((s) => Math.min(s.last_active_at, now) > dayAgo).map((s) => s.user_id)).size,
    mfa_ratio: active.length === 0 ? 0 : Math.round((active.filter((s) => s.mfa).length / active.length) * 1000) / 1000,
    by_risk: byRisk,
    by_client: [...byClient].map(([client_id, n]) => ({ client_id, active: n })).sort((a, b) => b.active - a.active),
    hourly,
  };
}

export function sessionRisk(session: MockSession) {
  return {
    session_id: session.id,
    score: session.risk_score,
    level: riskLevel(session.risk_score),
    factors: session.risk_factors,
  };
}

/** A stable fingerprint of a device (what a server would hash from the device's traits). */
function fingerprintOf(deviceId: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 8; round += 1) {
    for (const ch of `${deviceId}:${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

function trustedDeviceOf(tenantId: string, userId: string, deviceId: string, now: number): MockTrustedDevice | undefined {
  return getMockDb().trustedDevices.find(
    (d) => d.tenant_id === tenantId && d.user_id === userId && d.device_id === deviceId && d.expires_at > now,
  );
}

const browserOf = (ua: string) =>
  /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : ua.split(/[\s/]/)[0] ?? '';
const osOf = (ua: string) =>
  /Windows/.test(ua) ? 'Windows' : /iPhone|iPad/.test(ua) ? 'iOS' : /Android/.test(ua) ? 'Android' : /Mac OS/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : 'Other';
const typeOf = (ua: string) => (/Mobile|iPhone|Android/.test(ua) ? 'mobile' : /TV|Tizen|PlayStation/.test(ua) ? 'tv' : 'desktop');

export function deviceFingerprint(tenantId: string, session: MockSession, now: number) {
  const sameDevice = visibleSessions(tenantId, now).filter((s) => s.device_id === session.device_id);
  return {
    session_id: session.id,
    device_id: session.device_id,
    fingerprint: fingerprintOf(session.device_id),
    browser: browserOf(session.user_agent),
    os: osOf(session.user_agent),
    device_type: typeOf(session.user_agent),
    first_seen_at: toRfc3339(Math.min(...sameDevice.map((s) => s.created_at))),
    last_seen_at: toRfc3339(Math.max(...sameDevice.map((s) => Math.min(s.last_active_at, now)))),
    trusted: trustedDeviceOf(tenantId, session.user_id, session.device_id, now) !== undefined,
  };
}

export interface TrustedDeviceFilter {
  user_id?: string;
}

/** The tenant's trusted devices that have not expired, most recently trusted first. */
export function findTrustedDevices(tenantId: string, filter: TrustedDeviceFilter, now: number): MockTrustedDevice[] {
  return getMockDb()
    .trustedDevices.filter((d) => d.tenant_id === tenantId && d.expires_at > now && (filter.user_id === undefined || d.user_id === filter.user_id))
    .sort((a, b) => b.trusted_at - a.trusted_at || a.id.localeCompare(b.id));
}

export function toTrustedDeviceItem(device: MockTrustedDevice) {
  return {
    id: device.id,
    user_id: device.user_id,
    device_id: device.device_id,
    name: device.name,
    browser: device.browser,
    os: device.os,
    ip: device.ip,
    trusted_at: toRfc3339(device.trusted_at),
    last_seen_at: toRfc3339(device.last_seen_at),
    expires_at: toRfc3339(device.expires_at),
  };
}

/** Forgets a trusted device; false when the tenant has no such device. */
export function forgetTrustedDevice(tenantId: string, id: string): boolean {
  const db = getMockDb();
  const before = db.trustedDevices.length;
  db.trustedDevices = db.trustedDevices.filter((d) => !(d.tenant_id === tenantId && d.id === id));
  return db.trustedDevices.length < before;
}

/** The tenant's blacklist entries, newest first. */
export function findBlacklist(tenantId: string): MockBlacklistEntry[] {
  return getMockDb()
    .blacklist.filter((e) => e.tenant_id === tenantId)
    .sort((a, b) => b.blacklisted_at - a.blacklisted_at || a.id.localeCompare(b.id));
}

export function toBlacklistItem(entry: MockBlacklistEntry) {
  return {
    id: entry.id,
    jti: entry.jti,
    token_id: entry.token_id,
    user_id: entry.user_id,
    reason: entry.reason,
    blacklisted_at: toRfc3339(entry.blacklisted_at),
    expires_at: toRfc3339(entry.expires_at),
  };
}

export function liftBlacklistEntry(tenantId: string, id: string): boolean {
  const db = getMockDb();
  const before = db.blacklist.length;
  db.blacklist = db.blacklist.filter((e) => !(e.tenant_id === tenantId && e.id === id));
  return db.blacklist.length < before;
}

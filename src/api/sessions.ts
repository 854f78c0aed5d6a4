import { queryOptions } from '@tanstack/react-query';
import { apiRequest, segment } from './client';
import { queryKeys } from './queryKeys';
import { deletedCountSchema } from './schemas/common';
import { sessionsPath } from './sessionList';
import {
  deviceFingerprintResponseSchema,
  sessionRiskResponseSchema,
  sessionStatsResponseSchema,
  type DeviceFingerprint,
  type SessionRisk,
  type SessionStats,
} from './schemas/sessions';

/*
 * The session admin routes of the session service. Their bodies are ASSUMED (see ./schemas/sessions.ts, the one
 * place to change when the server documents them). A 404/405/501 means the server does not offer the route:
 * callers check `isRouteMissing(error)` (./errors) and say so in place.
 */

export * from './sessionList';

/** `GET {session}/admin/sessions/stats` */
export async function getSessionStats(signal?: AbortSignal): Promise<SessionStats> {
  const envelope = await apiRequest({ service: 'session', path: `${sessionsPath}/stats`, schema: sessionStatsResponseSchema, signal });
  return envelope.data ?? {};
}

/** `GET {session}/admin/sessions/risk-score?session_id=`: the score and the factors behind it. */
export async function getSessionRisk(sessionId: string, signal?: AbortSignal): Promise<SessionRisk> {
  const envelope = await apiRequest({
    service: 'session',
    path: `${sessionsPath}/risk-score`,
    query: { session_id: sessionId },
    schema: sessionRiskResponseSchema,
    signal,
  });
  return envelope.data ?? {};
}

/** `GET {session}/admin/sessions/device-fingerprint?session_id=`: the device behind a session, and whether it is trusted. */
export async function getDeviceFingerprint(sessionId: string, signal?: AbortSignal): Promise<DeviceFingerprint> {
  const envelope = await apiRequest({
    service: 'session',
    path: `${sessionsPath}/device-fingerprint`,
    query: { session_id: sessionId },
    schema: deviceFingerprintResponseSchema,
    signal,
  });
  return envelope.data ?? {};
}

/** `DELETE {session}/admin/sessions/bulk` with `{session_ids}` (at most 100): how many ended, when the server says. */
export function endSessions(sessionIds: readonly string[], signal?: AbortSignal): Promise<number | undefined> {
  return apiRequest({
    service: 'session',
    method: 'DELETE',
    path: `${sessionsPath}/bulk`,
    body: { session_ids: sessionIds },
    schema: deletedCountSchema,
    signal,
  });
}

/** `DELETE {session}/admin/sessions/user/{user_id}`: every session of one user. */
export function endUserSessions(userId: string, signal?: AbortSignal): Promise<number | undefined> {
  return apiRequest({
    service: 'session',
    method: 'DELETE',
    path: `${sessionsPath}/user/${segment(userId)}`,
    schema: deletedCountSchema,
    signal,
  });
}

/** `DELETE {session}/admin/sessions/expired`: removes the expired sessions of the tenant. */
export function purgeExpiredSessions(signal?: AbortSignal): Promise<number | undefined> {
  return apiRequest({
    service: 'session',
    method: 'DELETE',
    path: `${sessionsPath}/expired`,
    schema: deletedCountSchema,
    signal,
  });
}

export function sessionStatsQuery() {
  return queryOptions({
    queryKey: queryKeys.sessions.stats(),
    queryFn: ({ signal }) => getSessionStats(signal),
  });
}

export function sessionRiskQuery(sessionId: string) {
  return queryOptions({
    queryKey: queryKeys.sessions.risk(sessionId),
    queryFn: ({ signal }) => getSessionRisk(sessionId, signal),
  });
}

export function deviceFingerprintQuery(sessionId: string) {
  return queryOptions({
    queryKey: queryKeys.sessions.fingerprint(sessionId),
    queryFn: ({ signal }) => getDeviceFingerprint(sessionId, signal),
  });
}

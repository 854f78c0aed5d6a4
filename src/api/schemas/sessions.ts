import * as z from 'zod/mini';
import { detailEnvelope, lenient, looseArray, looseBoolean, looseNumber, looseString } from './common';

/*
 * ASSUMED SHAPES: the session admin routes are in authms's SDK (`@authms/api-session`) but their bodies are not in
 * the reference pages (`../shared/api/authms-admin-api.md`, "Beyond the reference pages" → "Sessions"). Every
 * assumption about them lives in this file and in ../sessions.ts. Every field is optional and lenient: a field of
 * an unexpected type is dropped (shown as "—") without losing the rest of the record; unknown fields are ignored.
 *
 * - GET    {session}/admin/sessions (page, page_size, user_id, client_id, status, ip, min_risk) → list of SessionItem
 * - GET    {session}/admin/sessions/active-count → a count (`{data:{count}}`, `{data:{total}}`, `{data:N}`, `{total:N}`)
 * - GET    {session}/admin/sessions/stats → detail of SessionStats
 * - GET    {session}/admin/sessions/risk-score?session_id= → detail of SessionRisk
 * - GET    {session}/admin/sessions/device-fingerprint?session_id= → detail of DeviceFingerprint
 * - DELETE {session}/admin/sessions/bulk with `{session_ids}` (≤ 100) → `{deleted}` or 204
 * - DELETE {session}/admin/sessions/user/{user_id} → `{deleted}` or 204
 * - DELETE {session}/admin/sessions/expired → `{deleted}` or 204
 * A server without a route answers 404/405/501: the console says it does not offer it (isRouteMissing).
 */

export * from './sessionList';

const countsByRisk = z.object({ low: looseNumber, medium: looseNumber, high: looseNumber });
const clientActiveSchema = z.object({ client_id: looseString, active: looseNumber });
const hourSchema = z.object({ hour: looseString, created: looseNumber, ended: looseNumber });
export const sessionStatsSchema = z.object({
  active: looseNumber,
  expired: looseNumber,
  revoked: looseNumber,
  created_24h: looseNumber,
  users_active_24h: looseNumber,
  /** 0–1 */
  mfa_ratio: looseNumber,
  by_risk: lenient(countsByRisk),
  by_client: looseArray(clientActiveSchema),
  hourly: looseArray(hourSchema),
});
export type SessionStats = z.infer<typeof sessionStatsSchema>;
export const sessionStatsResponseSchema = detailEnvelope(sessionStatsSchema);

const riskFactorSchema = z.object({ code: looseString, description: looseString, weight: looseNumber });
export const sessionRiskSchema = z.object({
  session_id: looseString,
  score: looseNumber,
  level: looseString,
  factors: looseArray(riskFactorSchema),
});
export type SessionRisk = z.infer<typeof sessionRiskSchema>;
export const sessionRiskResponseSchema = detailEnvelope(sessionRiskSchema);

export const deviceFingerprintSchema = z.object({
  session_id: looseString,
  device_id: looseString,
  fingerprint: looseString,
  browser: looseString,
  os: looseString,
  device_type: looseString,
  first_seen_at: looseString,
  last_seen_at: looseString,
  trusted: looseBoolean,
});
export type DeviceFingerprint = z.infer<typeof deviceFingerprintSchema>;
export const deviceFingerprintResponseSchema = detailEnvelope(deviceFingerprintSchema);

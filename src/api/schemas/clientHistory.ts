import * as z from 'zod/mini';
import { listEnvelope, looseArray, looseString, transformed } from './common';

/*
 * ASSUMED SHAPE (contract, "Beyond the reference pages" → "Client usage and change history"): the SDK lists the
 * route, the reference pages give no body. Every assumption about it lives in this file and in ../clientHistory.ts.
 *
 * - GET {oauth}/admin/oauth/clients/{client_id}/audit-logs (page, page_size, action) → list envelope of
 *   AuditLogItem: id, action (`client.created` | `client.updated` | `client.deleted` | `client.secret_rotated` |
 *   `client.secret_added` | `client.secret_deactivated` | `client.tokens_revoked`, others possible), actor_id,
 *   actor_type (`admin` | `system` | `api`, others possible), ip, user_agent, request_id, created_at, changes:
 *   [{field, old, new}]. Secret values never appear: a secret change carries only its last four.
 *   Read leniently: every field optional, an entry or a change that cannot be read is left out, unknown fields are
 *   ignored. `old` / `new` may be any JSON value; they are kept as text, a number, a boolean, a list of texts, or
 *   null (no value), so a nested object never reaches the page as markup or breaks it.
 *   404/405/501: this server does not offer the route (isRouteMissing); the page says so in place.
 */

export const AUDIT_ACTIONS = [
  'client.created',
  'client.updated',
  'client.deleted',
  'client.secret_rotated',
  'client.secret_added',
  'client.secret_deactivated',
  'client.tokens_revoked',
] as const;

/** A changed value as the page shows it; `null` is "no value" (a field set for the first time, or cleared). */
export type AuditValue = string | number | boolean | string[] | null;

function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** Any JSON value as an AuditValue: a list's members as text, an object as its JSON text. */
export function toAuditValue(value: unknown): AuditValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(toText);
  return toText(value);
}

const auditValue = transformed(z.optional(z.unknown()), toAuditValue);

const changeSchema = z.object({ field: looseString, old: auditValue, new: auditValue });
export type AuditChange = z.infer<typeof changeSchema>;

export const auditLogItemSchema = z.object({
  id: looseString,
  action: looseString,
  actor_id: looseString,
  actor_type: looseString,
  ip: looseString,
  user_agent: looseString,
  request_id: looseString,
  created_at: looseString,
  changes: looseArray(changeSchema),
});
export type AuditLogItem = z.infer<typeof auditLogItemSchema>;

/** The list envelope; an entry that is not an object is left out, the others kept. */
export const auditLogListSchema = z.extend(listEnvelope(auditLogItemSchema), {
  items: transformed(looseArray(auditLogItemSchema), (items) => items ?? []),
});
export type AuditLogList = z.infer<typeof auditLogListSchema>;

export interface AuditLogListParams {
  page?: number;
  page_size?: number;
  action?: string;
}

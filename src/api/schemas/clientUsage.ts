import * as z from 'zod/mini';
import { detailEnvelope, looseArray, looseNumber, looseString, transformed } from './common';

/*
 * ASSUMED SHAPE (contract, "Beyond the reference pages" → "Client usage and change history"): the SDK lists the
 * route, the reference pages give no body. Every assumption about it lives in this file and in ../clientUsage.ts.
 *
 * - GET {oauth}/admin/oauth/clients/{client_id}/stats → detail envelope of ClientStats:
 *     active_access_tokens, active_refresh_tokens, tokens_issued_24h, authorizations_24h,
 *     failed_authorizations_24h (numbers), last_used_at (RFC 3339), daily: [{date: "2026-11-27", tokens_issued,
 *     authorizations, failed_authorizations}] oldest first, up to 30 days.
 *   Read leniently: the stats at `data` or, from a server that sends them bare, at the top level; every field
 *   optional; a field of an unexpected type is dropped (shown as "—"); a day that cannot be read is left out, and
 *   the days are put in date order whatever order they came in.
 *   404/405/501: this server does not offer the route (isRouteMissing); the page says so in place.
 */

const dailySchema = z.object({
  date: looseString,
  tokens_issued: looseNumber,
  authorizations: looseNumber,
  failed_authorizations: looseNumber,
});
export type ClientDailyUsage = z.infer<typeof dailySchema>;

export const clientStatsSchema = z.object({
  active_access_tokens: looseNumber,
  active_refresh_tokens: looseNumber,
  tokens_issued_24h: looseNumber,
  authorizations_24h: looseNumber,
  failed_authorizations_24h: looseNumber,
  last_used_at: looseString,
  daily: looseArray(dailySchema),
});
export type ClientStats = z.infer<typeof clientStatsSchema>;

const DATE = /^\d{4}-\d{2}-\d{2}/;

/** The answer: a detail envelope (`data`), or the stats themselves; anything else reads as no stats. */
export const clientStatsResponseSchema = transformed(z.unknown(), (body): ClientStats => {
  const record = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const top = record(body);
  const data = record(top?.data) ?? (top && 'data' in top ? undefined : top);
  const parsed = clientStatsSchema.safeParse(data ?? {});
  const stats: ClientStats = parsed.success ? parsed.data : {};
  const daily = stats.daily
    ?.filter((day) => day.date !== undefined && DATE.test(day.date))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return daily === undefined ? stats : { ...stats, daily };
});

/** The answer as the contract assumes it (the mock sends this; the console reads it with the schema above). */
export const clientStatsDetailSchema = detailEnvelope(clientStatsSchema);

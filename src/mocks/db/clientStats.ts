import { DAY, toRfc3339 } from '@/mocks/clock';
import { createRng } from './random';
import { MOCK_SEED } from './seed';
import { getMockDb } from './store';
import { findActiveClientTokens } from './tokens';
import type { MockClient } from './types';

/**
 * A client's usage (`GET {oauth}/admin/oauth/clients/{id}/stats`, body assumed as in src/api/schemas/clientUsage.ts):
 * a daily series laid out from the seed, the same for a given client and day, so it holds still across reloads;
 * today's numbers grow with the clock through the day. The active tokens are the dataset's own.
 */

const DAYS = 30;

interface DayUsage {
  tokens_issued: number;
  authorizations: number;
  failed_authorizations: number;
}

/** A client's steady traffic per day (what the seed gives it) and the time from which it has none. */
function profile(client: MockClient): { perDay: number; quietFrom: number } {
  const rng = createRng(`${MOCK_SEED}:usage:${client.client_id}`);
  const perDay = client.grant_types.length === 0 ? 0 : rng.int(40, 900);
  // a suspended client has been quiet since its suspension (its last update)
  return { perDay, quietFrom: client.status === 'suspended' ? client.updated_at : Infinity };
}

/** The whole of one UTC day (`dayStart`), from the seed: weekdays busier than weekends, a little noise. */
function fullDay(client: MockClient, perDay: number, dayStart: number): DayUsage {
  const rng = createRng(`${MOCK_SEED}:usage:${client.client_id}:${dayStart}`);
  const weekday = new Date(dayStart).getUTCDay();
  const weekFactor = weekday === 0 || weekday === 6 ? 0.55 : 1;
  const tokens = Math.round(perDay * weekFactor * (0.75 + rng.next() * 0.5));
  const authorizations = Math.round(tokens * (0.55 + rng.next() * 0.3));
  // now and then a bad day: a misconfigured deployment, many failures
  const failureRate = rng.chance(0.08) ? 0.2 + rng.next() * 0.2 : 0.01 + rng.next() * 0.05;
  return { tokens_issued: tokens, authorizations, failed_authorizations: Math.round(authorizations * failureRate) };
}

/** One day's usage up to `until` (a day in progress counts the part that has passed). */
function dayUsage(client: MockClient, dayStart: number, until: number): DayUsage {
  const { perDay, quietFrom } = profile(client);
  const from = Math.max(dayStart, client.created_at);
  const to = Math.min(dayStart + DAY, until, quietFrom);
  if (perDay === 0 || to <= from) return { tokens_issued: 0, authorizations: 0, failed_authorizations: 0 };
  const share = (to - from) / DAY;
  const day = fullDay(client, perDay, dayStart);
  return {
    tokens_issued: Math.floor(day.tokens_issued * share),
    authorizations: Math.floor(day.authorizations * share),
    failed_authorizations: Math.floor(day.failed_authorizations * share),
  };
}

const add = (a: DayUsage, b: DayUsage): DayUsage => ({
  tokens_issued: a.tokens_issued + b.tokens_issued,
  authorizations: a.authorizations + b.authorizations,
  failed_authorizations: a.failed_authorizations + b.failed_authorizations,
});

/** `ClientStats` at `now`. */
export function clientStats(client: MockClient, now: number) {
  const today = Math.floor(now / DAY) * DAY;
  const daily = Array.from({ length: DAYS }, (_, i) => {
    const dayStart = today - (DAYS - 1 - i) * DAY;
    return { date: toRfc3339(dayStart).slice(0, 10), ...dayUsage(client, dayStart, now) };
  });
  // the last 24 hours: today so far, and the part of yesterday after this time of day
  const yesterday = today - DAY;
  const yesterdayFull = dayUsage(client, yesterday, today);
  const yesterdayBefore = dayUsage(client, yesterday, now - DAY);
  const last24h = add(dayUsage(client, today, now), {
    tokens_issued: yesterdayFull.tokens_issued - yesterdayBefore.tokens_issued,
    authorizations: yesterdayFull.authorizations - yesterdayBefore.authorizations,
    failed_authorizations: yesterdayFull.failed_authorizations - yesterdayBefore.failed_authorizations,
  });
  const active = findActiveClientTokens(client.tenant_id, client.client_id, now);
  const { perDay, quietFrom } = profile(client);
  const newestToken = Math.max(...getMockDb().tokens.filter((t) => t.client_id === client.client_id && t.created_at <= now).map((t) => t.created_at));
  // a client with traffic was last used a few minutes ago (the minute moves with the clock); else its newest token
  const recent = perDay > 0 && quietFrom > now ? now - (createRng(`${MOCK_SEED}:last-used:${client.client_id}:${Math.floor(now / 600_000)}`).int(1, 9) * 60_000) : -Infinity;
  const lastUsed = Math.max(recent, Math.min(newestToken, now), quietFrom === Infinity ? -Infinity : Math.min(quietFrom, now));
  return {
    active_access_tokens: active.filter((t) => t.token_type === 'access').length,
    active_refresh_tokens: active.filter((t) => t.token_type === 'refresh').length,
    tokens_issued_24h: last24h.tokens_issued,
    authorizations_24h: last24h.authorizations,
    failed_authorizations_24h: last24h.failed_authorizations,
    ...(Number.isFinite(lastUsed) && lastUsed >= client.created_at ? { last_used_at: toRfc3339(lastUsed) } : {}),
    daily,
  };
}

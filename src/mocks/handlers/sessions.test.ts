import { blacklistListSchema } from '@/api/schemas/tokenBlacklist';
import { sessionListSchema, sessionStatsResponseSchema } from '@/api/schemas/sessions';
import { trustedDeviceListSchema } from '@/api/schemas/trustedDevices';
import { HOUR, mockClock } from '@/mocks/clock';
import { resetMockDb } from '@/mocks/db';
import { DEMO_VIEWER_TOKEN, HOSTILE_SESSION_ID, HOSTILE_SESSION_IP } from '@/mocks/identities';
import { call, expectConsistentPage, RFC3339_UTC, SESSION, type ListBody } from './testing';

interface Session {
  id: string;
  user_id: string;
  client_id: string;
  status: string;
  ip: string;
  user_agent: string;
  location: { country: string; region?: string; city: string };
  mfa: boolean;
  risk_score: number;
  risk_level: string;
  created_at: string;
  last_active_at: string;
  expires_at: string;
}

const SESSIONS = `${SESSION}/admin/sessions`;
const list = (query = '') => call<ListBody<Session>>(`${SESSIONS}${query}`);
const all = async (query = '') => {
  const items: Session[] = [];
  for (let page = 1; ; page += 1) {
    const { body } = await list(`?page_size=100&page=${page}${query}`);
    items.push(...body.items);
    if (!body.pagination.has_next) return items;
  }
};
const activeCount = async () => (await call<{ data: { count: number } }>(`${SESSIONS}/active-count`)).body.data.count;

beforeEach(() => resetMockDb({ now: '2026-11-28T12:00:00Z' }));

describe('GET /session/api/v1/admin/sessions', () => {
  it('answers at least 300 sessions of at least 40 users, newest first, in the assumed shape', async () => {
    const { status, body } = await list('?page_size=100');
    expect(status).toBe(200);
    expectConsistentPage(body, 1, 100);
    expect(body.total).toBeGreaterThanOrEqual(300);
    expect(() => sessionListSchema.parse(body)).not.toThrow();
    const sessions = await all();
    expect(new Set(sessions.map((s) => s.user_id)).size).toBeGreaterThanOrEqual(40);
    const created = sessions.map((s) => Date.parse(s.created_at));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    for (const s of sessions) {
      expect(s.id).toMatch(/^ses_/);
      for (const t of [s.created_at, s.last_active_at, s.expires_at]) expect(t).toMatch(RFC3339_UTC);
      expect(s.risk_level).toBe(s.risk_score >= 70 ? 'high' : s.risk_score >= 40 ? 'medium' : 'low');
      expect(Date.parse(s.created_at)).toBeLessThanOrEqual(mockClock.now());
    }
    const mix = (key: (s: Session) => string) => new Set(sessions.map(key)).size;
    expect(mix((s) => s.risk_level)).toBe(3);
    expect(mix((s) => s.location.country)).toBeGreaterThan(8);
    expect(mix((s) => String(s.mfa))).toBe(2);
    expect(mix((s) => s.status)).toBe(3);
  });

  it('filters by user, client, status, ip and minimum risk', async () => {
    const sample = (await list('?page_size=1&status=active')).body.items[0]!;
    for (const [query, check] of [
      [`&user_id=${sample.user_id}`, (s: Session) => s.user_id === sample.user_id],
      [`&client_id=${sample.client_id}`, (s: Session) => s.client_id === sample.client_id],
      ['&status=revoked', (s: Session) => s.status === 'revoked'],
      [`&ip=${sample.ip}`, (s: Session) => s.ip === sample.ip],
      ['&min_risk=70', (s: Session) => s.risk_score >= 70],
    ] as const) {
      const items = await all(query);
      expect(items.length, query).toBeGreaterThan(0);
      expect(items.every(check), query).toBe(true);
    }
  });

  it('refuses a bad filter with a Problem naming it, and a non-admin with 403', async () => {
    const bad = await call<{ errors: { field: string }[]; status: number }>(`${SESSIONS}?min_risk=101&status=gone`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['min_risk', 'status']);
    expect((await call(SESSIONS, { token: DEMO_VIEWER_TOKEN })).status).toBe(403);
  });

  it('shows new sessions as the clock moves, and counts follow', async () => {
    const before = (await list('?page_size=1')).body.total;
    mockClock.advance(12 * HOUR);
    expect((await list('?page_size=1')).body.total).toBeGreaterThan(before);
  });

  it('carries one session with hostile strings, as data', async () => {
    const hostile = (await all()).find((s) => s.id === HOSTILE_SESSION_ID);
    expect(hostile?.user_agent).toContain('<img');
    expect(hostile?.location.city).toContain('<script>');
    // its address alone finds it, so the e2e tests can show it on the sessions page
    expect((await list(`?ip=${HOSTILE_SESSION_IP}`)).body.items.map((s) => s.id)).toEqual([HOSTILE_SESSION_ID]);
  });
});

describe('ending sessions', () => {
  it('ends the selected active sessions (bulk), and the active count follows', async () => {
    const active = (await list('?status=active&page_size=5')).body.items;
    const count = await activeCount();
    const ended = await call<{ data: { deleted: number } }>(`${SESSIONS}/bulk`, {
      method: 'DELETE',
      body: { session_ids: [...active.map((s) => s.id), 'ses_nonexistent'] },
    });
    expect(ended.status).toBe(200);
    expect(ended.body.data.deleted).toBe(5);
    expect(await activeCount()).toBe(count - 5);
    const now = (await all()).filter((s) => active.some((a) => a.id === s.id));
    expect(now.every((s) => s.status === 'revoked')).toBe(true);
  });

  it('refuses more than 100 ids, or none, in one bulk request', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `ses_${i}`);
    expect((await call(`${SESSIONS}/bulk`, { method: 'DELETE', body: { session_ids: many } })).status).toBe(400);
    expect((await call(`${SESSIONS}/bulk`, { method: 'DELETE', body: {} })).status).toBe(400);
  });

  it("ends every session of a user", async () => {
    const user = (await list('?status=active&page_size=1')).body.items[0]!.user_id;
    const ended = await call<{ data: { deleted: number } }>(`${SESSIONS}/user/${user}`, { method: 'DELETE' });
    expect(ended.body.data.deleted).toBeGreaterThan(0);
    expect((await all(`&user_id=${user}&status=active`)).length).toBe(0);
  });

  it('purges the expired sessions and nothing else', async () => {
    const expired = (await list('?status=expired&page_size=1')).body.total;
    const total = (await list('?page_size=1')).body.total;
    const purged = await call<{ data: { deleted: number } }>(`${SESSIONS}/expired`, { method: 'DELETE' });
    expect(purged.body.data.deleted).toBe(expired);
    expect((await list('?status=expired&page_size=1')).body.total).toBe(0);
    expect((await list('?page_size=1')).body.total).toBe(total - expired);
  });
});

describe('stats, risk and devices', () => {
  it('answers stats that agree with the list', async () => {
    const { body } = await call(`${SESSIONS}/stats`);
    const stats = sessionStatsResponseSchema.parse(body).data!;
    const sessions = await all();
    const active = sessions.filter((s) => s.status === 'active');
    expect(stats.active).toBe(active.length);
    expect(stats.expired).toBe(sessions.filter((s) => s.status === 'expired').length);
    expect(stats.revoked).toBe(sessions.filter((s) => s.status === 'revoked').length);
    expect((stats.by_risk?.low ?? 0) + (stats.by_risk?.medium ?? 0) + (stats.by_risk?.high ?? 0)).toBe(active.length);
    expect(stats.by_client?.reduce((sum, c) => sum + (c.active ?? 0), 0)).toBe(active.length);
    expect(stats.hourly).toHaveLength(24);
    expect(stats.hourly?.reduce((sum, h) => sum + (h.created ?? 0), 0)).toBeGreaterThan(0);
    expect(stats.mfa_ratio).toBeGreaterThan(0.3);
    expect(stats.mfa_ratio).toBeLessThan(0.9);
    expect(stats.created_24h).toBe(sessions.filter((s) => Date.parse(s.created_at) > mockClock.now() - 24 * HOUR).length);
  });

  it('answers a session\'s risk factors and device, and 404 / 400 as a Problem', async () => {
    const risky = (await list('?min_risk=40&page_size=1')).body.items[0]!;
    const risk = await call<{ data: { score: number; factors: { code: string; description: string }[] } }>(
      `${SESSIONS}/risk-score?session_id=${risky.id}`,
    );
    expect(risk.body.data.score).toBe(risky.risk_score);
    expect(risk.body.data.factors.length).toBeGreaterThan(0);
    const device = await call<{ data: { device_id: string; fingerprint: string; trusted: boolean } }>(
      `${SESSIONS}/device-fingerprint?session_id=${risky.id}`,
    );
    expect(device.body.data.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof device.body.data.trusted).toBe('boolean');
    const missing = await call<{ i18n_key: string }>(`${SESSIONS}/risk-score?session_id=ses_nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.i18n_key).toBe('error.session_not_found');
    expect((await call(`${SESSIONS}/device-fingerprint`)).status).toBe(400);
  });

  it("lists a user's trusted devices, and forgets one", async () => {
    const { body } = await call<ListBody<{ id: string; user_id: string }>>(`${SESSION}/admin/trusted-devices?page_size=100`);
    expect(() => trustedDeviceListSchema.parse(body)).not.toThrow();
    expect(body.total).toBeGreaterThan(10);
    const device = body.items[0]!;
    const mine = await call<ListBody<{ user_id: string }>>(`${SESSION}/admin/trusted-devices?user_id=${device.user_id}`);
    expect(mine.body.items.every((d) => d.user_id === device.user_id)).toBe(true);
    expect((await call(`${SESSION}/admin/trusted-devices/${device.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`${SESSION}/admin/trusted-devices/${device.id}`, { method: 'DELETE' })).status).toBe(404);
    const after = await call<ListBody<{ id: string }>>(`${SESSION}/admin/trusted-devices?user_id=${device.user_id}`);
    expect(after.body.items.some((d) => d.id === device.id)).toBe(false);
  });

  it('lists the token blacklist (not a token id) and lifts an entry', async () => {
    const { status, body } = await call<ListBody<{ id: string; reason: string }>>(`${SESSION}/admin/tokens/blacklist`);
    expect(status).toBe(200);
    expect(() => blacklistListSchema.parse(body)).not.toThrow();
    expect(body.total).toBeGreaterThan(5);
    expect(body.items.some((e) => e.reason.includes('<img'))).toBe(true);
    const first = body.items[0]!;
    expect((await call(`${SESSION}/admin/tokens/blacklist/${first.id}`, { method: 'DELETE' })).status).toBe(204);
    const after = await call<ListBody<{ id: string }>>(`${SESSION}/admin/tokens/blacklist`);
    expect(after.body.total).toBe(body.total - 1);
  });
});

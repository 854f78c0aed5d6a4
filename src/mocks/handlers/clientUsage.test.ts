import { mockClock, HOUR } from '@/mocks/clock';
import { withFaults } from '@/mocks/faults/handlers';
import { NO_FAULTS } from '@/mocks/faults/settings';
import { faultStore } from '@/mocks/faults/store';
import { server } from '@/mocks/node';
import { findClient, resetMockDb } from '@/mocks/db';
import { OVERLAP_SECRET_CLIENT_ID } from '@/mocks/db/clientLifecycle';
import { DEMO_TENANT_ID, HOSTILE_CLIENT_ID, OTHER_TENANT_CLIENT_IDS } from '@/mocks/identities';
import { call, expectConsistentPage, expectSimple, OAUTH, RFC3339_UTC, type DetailBody, type ListBody } from './testing';

interface Stats {
  active_access_tokens: number;
  active_refresh_tokens: number;
  tokens_issued_24h: number;
  authorizations_24h: number;
  failed_authorizations_24h: number;
  last_used_at?: string;
  daily: { date: string; tokens_issued: number; authorizations: number; failed_authorizations: number }[];
}

interface Entry {
  id: string;
  action: string;
  actor_id: string;
  actor_type: string;
  ip: string;
  user_agent: string;
  request_id: string;
  created_at: string;
  changes: { field: string; old: unknown; new: unknown }[];
}

const clientUrl = (clientId: string) => `${OAUTH}/admin/oauth/clients/${encodeURIComponent(clientId)}`;
const stats = (clientId: string) => call<DetailBody<Stats>>(`${clientUrl(clientId)}/stats`);
const history = (clientId: string, query = '') => call<ListBody<Entry>>(`${clientUrl(clientId)}/audit-logs${query}`);
const newest = async (clientId: string) => (await history(clientId)).body.items[0]!;

beforeEach(() => resetMockDb({ now: '2026-11-27T15:00:00Z' }));

describe('GET …/clients/{id}/stats', () => {
  it('answers 30 days, oldest first, and the 24-hour figures of a client with traffic', async () => {
    const result = await stats('acme-web-portal');
    expect(result.status).toBe(200);
    const { data } = result.body;
    expect(data.daily).toHaveLength(30);
    expect(data.daily[0]!.date).toBe('2026-10-29');
    expect(data.daily[29]!.date).toBe('2026-11-27');
    expect(data.daily.some((d) => d.tokens_issued > 0 && d.failed_authorizations <= d.authorizations)).toBe(true);
    expect(data.tokens_issued_24h).toBeGreaterThan(0);
    expect(data.active_access_tokens + data.active_refresh_tokens).toBeGreaterThan(0);
    expect(data.last_used_at).toMatch(RFC3339_UTC);
  });

  it("grows today's numbers with the clock, and holds the past days still", async () => {
    const before = (await stats('acme-web-portal')).body.data;
    mockClock.advance(5 * HOUR);
    const after = (await stats('acme-web-portal')).body.data;
    expect(after.daily[29]!.tokens_issued).toBeGreaterThan(before.daily[29]!.tokens_issued);
    expect(after.daily[28]).toEqual(before.daily[28]);
  });

  it('has nothing since the suspension of a suspended client, and 404 for another tenant', async () => {
    const { data } = (await stats('legacy-reporting')).body;
    expect(data.tokens_issued_24h).toBe(0);
    expect(data.daily.every((d) => d.tokens_issued === 0)).toBe(true);
    expectSimple(await stats(OTHER_TENANT_CLIENT_IDS[0]), 404);
  });
});

describe('GET …/clients/{id}/audit-logs', () => {
  it('pages the seeded history, newest first, and filters it by action', async () => {
    const all = await history('acme-web-portal', '?page_size=2');
    expectConsistentPage(all.body, 1, 2);
    expect(all.body.total).toBeGreaterThanOrEqual(3);
    const times = (await history('acme-web-portal')).body.items.map((e) => e.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    const created = await history('acme-web-portal', '?action=client.created');
    expect(created.body.items.map((e) => e.action)).toEqual(['client.created']);
    const rotated = (await history('acme-web-portal', '?action=client.secret_rotated')).body.items[0]!;
    expect(rotated.changes).toEqual([{ field: 'secret_last_four', old: expect.stringMatching(/^.{4}$/), new: 'bcde' }]);
  });

  it('records an edit with its old and new values, the admin and the request id of the answer', async () => {
    const put = await call(clientUrl('acme-web-portal'), {
      method: 'PUT',
      body: { name: 'Acme Portal', redirect_uris: ['https://portal.acme.example/auth/callback', 'https://portal.acme.example/new'] },
    });
    expect(put.status).toBe(200);
    const entry = await newest('acme-web-portal');
    expect(entry).toMatchObject({ action: 'client.updated', actor_id: 'usr_demoadmin0001', actor_type: 'admin' });
    expect(entry.request_id).toBe(put.headers.get('x-request-id'));
    expect(entry.changes).toEqual([
      { field: 'name', old: 'Acme Web Portal', new: 'Acme Portal' },
      {
        field: 'redirect_uris',
        old: ['https://portal.acme.example/auth/callback', 'https://portal.acme.example/silent-renew'],
        new: ['https://portal.acme.example/auth/callback', 'https://portal.acme.example/new'],
      },
    ]);
  });

  it('records a rotation, a deactivated secret and a revoke with last fours and counts only', async () => {
    const rotation = await call<DetailBody<{ client_secret: string }>>(`${clientUrl('acme-web-portal')}/rotate-secret`, { method: 'POST' });
    const secret = rotation.body.data.client_secret;
    const rotated = await newest('acme-web-portal');
    expect(rotated.action).toBe('client.secret_rotated');
    expect(rotated.changes).toEqual([{ field: 'secret_last_four', old: 'bcde', new: secret.slice(-4) }]);
    expect(JSON.stringify(rotated)).not.toContain(secret);

    const client = findClient(DEMO_TENANT_ID, OVERLAP_SECRET_CLIENT_ID)!;
    const list = await call<ListBody<{ id: string; last_four: string; status: string }>>(`${clientUrl(client.client_id)}/secrets`);
    const [current, older] = list.body.items;
    await call(`${clientUrl(client.client_id)}/secrets/${older!.id}/deactivate`, { method: 'PUT' });
    expect((await newest(client.client_id)).changes).toEqual([
      { field: 'active_secrets', old: [current!.last_four, older!.last_four], new: [current!.last_four] },
    ]);

    await call(`${clientUrl('acme-web-portal')}/tokens?grace_period=60`, { method: 'DELETE' });
    const revoked = await newest('acme-web-portal');
    expect(revoked.action).toBe('client.tokens_revoked');
    expect(revoked.changes).toContainEqual({ field: 'grace_period', old: null, new: 60 });
    expect(revoked.changes.find((c) => c.field === 'active_access_tokens')?.new).toBe(0);
  });

  it('records a creation, a copy and a deletion', async () => {
    await call(`${OAUTH}/admin/oauth/clients`, { method: 'POST', body: { client_id: 'audit-new', name: 'Audit new', grant_types: ['client_credentials'], is_confidential: true } });
    const created = await newest('audit-new');
    expect(created.action).toBe('client.created');
    expect(created.changes).toContainEqual({ field: 'name', old: null, new: 'Audit new' });
    expect(created.changes.find((c) => c.field === 'secret_last_four')?.new).toMatch(/^.{4}$/);

    const copy = await call<DetailBody<{ client_id: string }>>(`${clientUrl('acme-ios')}/clone`, { method: 'POST' });
    expect((await newest(copy.body.data.client_id)).changes[0]).toEqual({ field: 'cloned_from', old: null, new: 'acme-ios' });

    await call(clientUrl('audit-new'), { method: 'DELETE' });
    // a deleted client's history is gone with it (404), as its other routes are
    expectSimple(await history('audit-new'), 404);
  });

  it('serves the hostile sample its hostile entry as data', async () => {
    const items = (await history(HOSTILE_CLIENT_ID)).body.items;
    const hostile = items.find((e) => e.actor_id.includes('<img'));
    expect(hostile?.user_agent).toContain('<script>');
  });
});

describe("the demo's fault panel", () => {
  afterEach(() => faultStore.set(NO_FAULTS));

  it('covers the usage and history routes like every other', async () => {
    server.use(...withFaults([]));
    faultStore.arm({ kind: 'server-error', target: 'any', remaining: 2 });
    expectSimple(await stats('acme-web-portal'), 500);
    expectSimple(await history('acme-web-portal'), 500);
    expect((await stats('acme-web-portal')).status).toBe(200);
  });
});

import { mockClock, toRfc3339 } from '@/mocks/clock';
import {
  DEMO_TENANT_ID,
  FAILING_TOKEN_IDS,
  FAILING_TOKEN_POSITIONS,
  FAILING_TOKEN_USER_ID,
  HOSTILE_CLIENT_ID,
} from '@/mocks/identities';
import { call, SESSION } from '@/mocks/handlers/testing';
import { getMockDb, resetMockDb, tokenStatus } from '.';

const FIXED = '2026-04-15T10:30:00Z';

describe('the seeded mock dataset', () => {
  it('is identical after every reset at the same instant', async () => {
    resetMockDb({ now: FIXED });
    const first = JSON.stringify(getMockDb());
    const firstPage = (await call(`${SESSION}/admin/tokens?page=3`)).text;
    resetMockDb({ now: FIXED });
    expect(JSON.stringify(getMockDb())).toBe(first);
    expect((await call(`${SESSION}/admin/tokens?page=3`)).text).toBe(firstPage);
  });

  it('lays out the same data relative to another now (ids equal, times shifted)', () => {
    resetMockDb({ now: FIXED });
    const a = getMockDb();
    const idsA = a.tokens.map((t) => t.id);
    const createdA = a.tokens.map((t) => t.created_at);
    resetMockDb({ now: Date.parse(FIXED) + 86_400_000 });
    const b = getMockDb();
    expect(b.tokens.map((t) => t.id)).toEqual(idsA);
    expect(b.tokens.map((t) => t.created_at - 86_400_000)).toEqual(createdA);
  });

  it('forgets mutations on reset and goes back to real time', () => {
    resetMockDb({ now: FIXED });
    expect(mockClock.isFrozen()).toBe(true);
    getMockDb().clients.forEach((c) => (c.name = 'changed'));
    resetMockDb();
    expect(mockClock.isFrozen()).toBe(false);
    expect(getMockDb().clients.some((c) => c.name === 'changed')).toBe(false);
  });

  it('holds the promised volumes and unique ids', () => {
    const db = getMockDb();
    const demoClients = db.clients.filter((c) => c.tenant_id === DEMO_TENANT_ID);
    expect(demoClients.length).toBeGreaterThanOrEqual(14);
    expect(demoClients.some((c) => c.client_id === HOSTILE_CLIENT_ID)).toBe(true);
    const demoTokens = db.tokens.filter((t) => t.tenant_id === DEMO_TENANT_ID && t.user_id);
    expect(demoTokens.length).toBeGreaterThanOrEqual(600);
    const users = new Set(demoTokens.map((t) => t.user_id));
    expect(users.size).toBeGreaterThanOrEqual(35);
    expect(users.size).toBeLessThanOrEqual(45);
    expect(new Set(db.tokens.map((t) => t.id)).size).toBe(db.tokens.length);
    expect(new Set(db.devices.map((d) => d.device_code)).size).toBe(db.devices.length);
    expect(db.devices.filter((d) => d.tenant_id === DEMO_TENANT_ID).length).toBeGreaterThanOrEqual(80);
    const statuses = new Set(demoTokens.map((t) => tokenStatus(t, db.seededAt)));
    expect(statuses).toEqual(new Set(['active', 'revoked', 'expired']));
  });

  it('places the rigged failing tokens at their documented positions', () => {
    const now = mockClock.now();
    const demoTokens = getMockDb().tokens.filter((t) => t.tenant_id === DEMO_TENANT_ID && t.user_id);
    FAILING_TOKEN_POSITIONS.forEach((position, index) => {
      const token = demoTokens[position - 1];
      expect(token?.id).toBe(FAILING_TOKEN_IDS[index]);
      expect(token?.user_id).toBe(FAILING_TOKEN_USER_ID);
      expect(token && tokenStatus(token, now)).toBe('active');
    });
  });
});

describe('toRfc3339', () => {
  it('formats UTC without milliseconds', () => {
    expect(toRfc3339(Date.parse('2026-04-15T10:30:00.987Z'))).toBe('2026-04-15T10:30:00Z');
  });
});

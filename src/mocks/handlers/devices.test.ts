import { deviceListSchema } from '@/api/schemas/devices';
import { MINUTE, mockClock } from '@/mocks/clock';
import { getMockDb, resetMockDb } from '@/mocks/db';
import { DEMO_VIEWER_TOKEN, OTHER_TENANT_CLIENT_IDS, OTHER_TENANT_ID } from '@/mocks/identities';
import { call, expectConsistentPage, expectSimple, OAUTH, RFC3339_UTC, type ListBody } from './testing';

interface Device {
  device_code: string;
  user_code: string;
  client_id: string;
  user_id?: string;
  scope: string;
  status: string;
  interval: number;
  poll_count: number;
  created_at: string;
  updated_at: string;
  expires_at: string;
}

const DEVICES = `${OAUTH}/admin/oauth/devices`;
const list = (query = '') => call<ListBody<Device>>(`${DEVICES}${query}`);
const STATUSES = ['pending', 'authorized', 'denied', 'expired'] as const;

describe('GET /oauth/api/v1/admin/oauth/devices', () => {
  it('answers at least 80 device sessions, newest first, in the documented shape', async () => {
    const { status, body } = await list('?page_size=100');
    expect(status).toBe(200);
    expectConsistentPage(body, 1, 100);
    expect(body.total).toBeGreaterThanOrEqual(80);
    expect(() => deviceListSchema.parse(body)).not.toThrow();
    const created = body.items.map((d) => Date.parse(d.created_at));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const codes = new Set(body.items.map((d) => d.user_code));
    expect(codes.size).toBe(body.items.length);
    for (const device of body.items) {
      expect(device.device_code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(device.user_code).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
      expect(device.interval).toBe(5);
      expect(device.poll_count).toBeGreaterThanOrEqual(0);
      for (const field of [device.created_at, device.updated_at, device.expires_at]) expect(field).toMatch(RFC3339_UTC);
      expect(Date.parse(device.expires_at) - Date.parse(device.created_at)).toBe(15 * MINUTE);
    }
  });

  it.each(STATUSES)('filters status=%s: every item matches, user_id only once a user acted', async (status) => {
    const { body } = await list(`?status=${status}&page_size=100`);
    expect(body.total).toBeGreaterThan(0);
    const now = mockClock.now();
    for (const device of body.items) {
      expect(device.status).toBe(status);
      if (status === 'authorized' || status === 'denied') expect(device.user_id).toMatch(/^usr_/);
      else expect(device.user_id).toBeUndefined();
      if (status === 'pending') {
        expect(Date.parse(device.expires_at)).toBeGreaterThan(now);
        expect(Date.parse(device.expires_at) - now).toBeLessThanOrEqual(15 * MINUTE);
      }
      if (status === 'expired') expect(Date.parse(device.expires_at)).toBeLessThanOrEqual(now);
    }
  });

  it('filters by client_id, and only device-capable clients of the tenant appear', async () => {
    const { body } = await list('?client_id=acme-smart-tv&page_size=100');
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((d) => d.client_id === 'acme-smart-tv')).toBe(true);
    const all = (await list('?page_size=100')).body.items;
    expect(new Set(all.map((d) => d.client_id))).toEqual(
      new Set(['acme-smart-tv', 'acme-cli', 'acme-game-console', 'room-display']),
    );
  });

  it('never shows the other tenant’s sessions', async () => {
    expect(getMockDb().devices.some((d) => d.tenant_id === OTHER_TENANT_ID)).toBe(true);
    const { body } = await list(`?client_id=${OTHER_TENANT_CLIENT_IDS[2]}`);
    expect(body.total).toBe(0);
    expect(body.pagination.total_pages).toBe(0);
  });

  it('turns pending sessions into expired ones as the clock passes their expiry', async () => {
    resetMockDb({ now: '2026-04-15T10:30:00Z' });
    const pending = (await list('?status=pending')).body.total;
    expect(pending).toBeGreaterThan(0);
    mockClock.advance(16 * MINUTE);
    expect((await list('?status=pending')).body.total).toBe(0);
    expect((await list('?status=expired&page_size=100')).body.items.length).toBeGreaterThanOrEqual(pending);
  });

  it.each(['status=bogus', 'page=0', 'page_size=1000'])('answers 400 SimpleResponse for %s', async (query) => {
    expectSimple(await list(`?${query}`), 400);
  });

  it('answers 401 / 403 as SimpleResponse', async () => {
    expectSimple(await call(DEVICES, { token: null }), 401);
    expectSimple(await call(DEVICES, { token: DEMO_VIEWER_TOKEN }), 403);
  });
});

describe('DELETE /oauth/api/v1/admin/oauth/devices/{device_code}', () => {
  it('ends a pending session: 204, and it is denied from then on, with no user', async () => {
    const [device] = (await list('?status=pending')).body.items;
    const code = device?.device_code ?? '';
    expect((await call(`${DEVICES}/${code}`, { method: 'DELETE' })).status).toBe(204);
    const after = (await list('?page_size=100')).body.items.find((d) => d.device_code === code);
    expect(after).toMatchObject({ status: 'denied', expires_at: device?.expires_at, user_code: device?.user_code });
    expect(after?.user_id).toBeUndefined();
    mockClock.advance(16 * MINUTE);
    const later = (await list('?status=denied&page_size=100')).body.items.find((d) => d.device_code === code);
    expect(later?.status).toBe('denied');
  });

  it.each(['authorized', 'denied', 'expired'] as const)(
    'refuses to end a session that is %s: 409 SimpleResponse naming its status, and leaves it so',
    async (status) => {
      const [device] = (await list(`?status=${status}`)).body.items;
      const code = device?.device_code ?? '';
      const result = await call(`${DEVICES}/${code}`, { method: 'DELETE' });
      expect(expectSimple(result, 409).message).toContain(status);
      const after = (await list('?page_size=100')).body.items.find((d) => d.device_code === code);
      expect(after).toEqual(device);
    },
  );

  it('answers 401 / 403 as SimpleResponse', async () => {
    const [device] = (await list('?status=pending')).body.items;
    const url = `${DEVICES}/${device?.device_code ?? ''}`;
    expectSimple(await call(url, { method: 'DELETE', token: null }), 401);
    expectSimple(await call(url, { method: 'DELETE', token: DEMO_VIEWER_TOKEN }), 403);
    expect((await list('?status=pending')).body.items[0]).toEqual(device);
  });

  it('answers 404 SimpleResponse for an unknown session', async () => {
    expectSimple(await call(`${DEVICES}/01ARZ3NDEKTSV4RRFFQ69G5FAV`, { method: 'DELETE' }), 404);
  });
});

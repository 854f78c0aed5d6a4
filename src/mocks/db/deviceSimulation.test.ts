import { MINUTE, mockClock } from '@/mocks/clock';
import { call, OAUTH, type ListBody } from '@/mocks/handlers/testing';
import { DEMO_TENANT_ID } from '@/mocks/identities';
import { deviceSimulation, SIMULATION_STEP } from './deviceSimulation';
import { getMockDb, resetMockDb } from '.';

interface Device {
  device_code: string;
  user_code: string;
  client_id: string;
  user_id?: string;
  status: string;
  poll_count: number;
  created_at: string;
  updated_at: string;
  expires_at: string;
}

const FIXED = '2026-04-15T10:30:00Z';
const list = async (query = '') =>
  (await call<ListBody<Device>>(`${OAUTH}/admin/oauth/devices?page_size=100${query}`)).body;

beforeEach(() => {
  deviceSimulation.enable();
  resetMockDb({ now: FIXED });
});
afterEach(() => deviceSimulation.disable());

describe('the device session simulation', () => {
  it('stands still while the clock stands still', async () => {
    const first = await list();
    expect(await list()).toEqual(first);
  });

  it('stands still when it is off, whatever the clock does', async () => {
    deviceSimulation.disable();
    const before = JSON.stringify(getMockDb().devices);
    mockClock.advance(10 * MINUTE);
    await list();
    expect(JSON.stringify(getMockDb().devices)).toBe(before);
  });

  it('lets pending devices poll at their interval', async () => {
    const [pending] = (await list('&status=pending')).items;
    mockClock.advance(6 * SIMULATION_STEP);
    const after = (await list()).items.find((d) => d.device_code === pending!.device_code)!;
    if (after.status === 'pending') {
      expect(after.poll_count).toBeGreaterThanOrEqual(pending!.poll_count + 5);
      expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(pending!.updated_at));
    } else {
      expect(after.poll_count).toBeGreaterThan(pending!.poll_count);
    }
  });

  it('within half an hour adds new sign-ins, settles some with a user, and expires the rest at expires_at', async () => {
    const before = await list();
    const pendingBefore = before.items.filter((d) => d.status === 'pending');
    for (let i = 0; i < 30; i += 1) {
      mockClock.advance(MINUTE);
      await list('&page_size=1');
    }
    const after = await list();
    const known = new Set(before.items.map((d) => d.device_code));
    const added = after.items.filter((d) => !known.has(d.device_code));
    expect(added.length).toBeGreaterThan(5);
    expect(after.total).toBe((before.total ?? 0) + added.length);
    for (const d of added) {
      expect(d.user_code).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
      expect(Date.parse(d.expires_at) - Date.parse(d.created_at)).toBe(15 * MINUTE);
    }
    const created = after.items.map((d) => Date.parse(d.created_at));
    expect(created).toEqual([...created].sort((a, b) => b - a));

    const outcomes = pendingBefore.map((p) => after.items.find((d) => d.device_code === p.device_code)!);
    const settled = outcomes.filter((d) => d.status === 'authorized' || d.status === 'denied');
    expect(settled.length).toBeGreaterThan(0);
    for (const d of settled) expect(d.user_id).toMatch(/^usr_/);
    for (const d of outcomes.filter((o) => o.status === 'expired')) {
      expect(Date.parse(d.expires_at)).toBeLessThanOrEqual(mockClock.now());
      expect(d.user_id).toBeUndefined();
    }
    expect(outcomes.some((d) => d.status === 'pending')).toBe(false);
  });

  it('gives the same sessions for the same clock readings, however the requests fall', async () => {
    mockClock.advance(20 * MINUTE);
    await list();
    const oneJump = JSON.stringify(getMockDb().devices);

    resetMockDb({ now: FIXED });
    for (let i = 0; i < 40; i += 1) {
      mockClock.advance(30_000);
      await list('&status=pending');
    }
    expect(JSON.stringify(getMockDb().devices)).toBe(oneJump);
  });

  it('leaves a session an admin ended as it was left: denied, no user, no more polls', async () => {
    const pending = (await list('&status=pending')).items;
    expect(pending.length).toBeGreaterThan(0);
    for (const d of pending) {
      expect((await call(`${OAUTH}/admin/oauth/devices/${d.device_code}`, { method: 'DELETE' })).status).toBe(204);
    }
    const ended = (await list()).items.filter((d) => pending.some((p) => p.device_code === d.device_code));
    for (let i = 0; i < 30; i += 1) {
      mockClock.advance(MINUTE);
      await list('&page_size=1');
    }
    const later = (await list()).items.filter((d) => pending.some((p) => p.device_code === d.device_code));
    expect(later).toEqual(ended);
    for (const d of later) {
      expect(d.status).toBe('denied');
      expect(d.user_id).toBeUndefined();
    }
  });

  it('only moves the demo tenant’s sessions', async () => {
    const other = JSON.stringify(getMockDb().devices.filter((d) => d.tenant_id !== DEMO_TENANT_ID));
    mockClock.advance(20 * MINUTE);
    await list();
    expect(JSON.stringify(getMockDb().devices.filter((d) => d.tenant_id !== DEMO_TENANT_ID))).toBe(other);
  });
});

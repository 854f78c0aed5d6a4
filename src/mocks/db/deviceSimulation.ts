import { MINUTE, SECOND } from '@/mocks/clock';
import { DEMO_TENANT_ID } from '@/mocks/identities';
import { deviceStatus } from './devices';
import { createRng, ulid, USER_CODE_ALPHABET, type Rng } from './random';
import { MOCK_SEED } from './seed';
import { DEVICE_GRANT } from './seed/clients';
import { DEVICE_CODE_TTL, DEVICE_POLL_INTERVAL_SECONDS } from './seed/devices';
import { getMockDb } from './store';
import type { MockDb, MockDevice } from './types';

/**
 * Device sessions that move by themselves (demo mode): new pending sign-ins appear now and then, pending devices
 * keep polling, some users approve or deny, and the rest expire at `expires_at` (read as expired, see ./devices).
 *
 * Time is the mock clock's, advanced lazily on each device request, in fixed steps counted from the seed instant;
 * each step draws from its own seeded PRNG. So the same clock readings give the same sessions: tests freeze or
 * advance the clock and nothing flakes, and a long gap costs at most MAX_CATCH_UP of steps.
 */
export const SIMULATION_STEP = 5 * SECOND;
const MAX_CATCH_UP = 30 * MINUTE;
/** Per step: a new sign-in about every 80 s. */
const P_NEW_SESSION = 0.06;
/** Per pending session and step: about three in four are settled before their code expires, mostly approved. */
const P_AUTHORIZE = 0.006;
const P_DENY = 0.0015;

let enabled = false;
/** How far each dataset has been simulated (epoch ms); a reset makes a new dataset, which starts at its seed. */
const simulatedTo = new WeakMap<MockDb, number>();

export const deviceSimulation = {
  /** Demo mode turns it on; unit and e2e tests of the HTTP server keep the seeded sessions still unless they ask. */
  enable(): void {
    enabled = true;
  },
  disable(): void {
    enabled = false;
  },
  isEnabled(): boolean {
    return enabled;
  },
};

/** How far `db` has been simulated (epoch ms), if at all: demo persistence saves it with the data. */
export function simulatedUntil(db: MockDb): number | undefined {
  return simulatedTo.get(db);
}

/** Restores how far a saved dataset had been simulated, so a reload does not play its steps again. */
export function restoreSimulatedUntil(db: MockDb, until: number): void {
  simulatedTo.set(db, until);
}

/** Brings the demo tenant's device sessions up to `now`. A no-op while the simulation is off. */
export function advanceDeviceSimulation(now: number, db: MockDb = getMockDb()): void {
  if (!enabled) return;
  const stepOf = (t: number) => Math.floor((t - db.seededAt) / SIMULATION_STEP);
  const target = stepOf(now);
  let step = Math.max(stepOf(simulatedTo.get(db) ?? db.seededAt), target - MAX_CATCH_UP / SIMULATION_STEP);
  for (step += 1; step <= target; step += 1) {
    runStep(db, db.seededAt + step * SIMULATION_STEP, createRng(`${MOCK_SEED}:devices:step:${step}`));
  }
  simulatedTo.set(db, Math.max(simulatedTo.get(db) ?? db.seededAt, db.seededAt + target * SIMULATION_STEP));
}

function runStep(db: MockDb, at: number, rng: Rng): void {
  const sessions = db.devices.filter((d) => d.tenant_id === DEMO_TENANT_ID);
  const users = usersOf(db);
  for (const device of sessions) {
    // Only pending sessions move: one an admin ended (denied, see endDeviceSession) stays as the admin left it.
    if (device.status !== 'pending') continue;
    poll(device, at);
    if (deviceStatus(device, at) !== 'pending') continue;
    const roll = rng.next();
    if (users.length > 0 && roll < P_AUTHORIZE + P_DENY) {
      device.status = roll < P_AUTHORIZE ? 'authorized' : 'denied';
      device.user_id = rng.pick(users);
      // the device's next poll collects the answer
      device.poll_count += 1;
      device.updated_at = at;
    }
  }
  if (rng.chance(P_NEW_SESSION)) {
    const created = newSession(db, at, rng);
    if (created) db.devices.unshift(created);
  }
}

/** A pending device polls every `interval` seconds from its last poll (`updated_at`) until its code expires. */
function poll(device: MockDevice, at: number): void {
  const interval = device.interval * SECOND;
  const until = Math.min(at, device.expires_at);
  const polls = Math.floor((until - device.updated_at) / interval);
  if (polls <= 0) return;
  device.poll_count += polls;
  device.updated_at += polls * interval;
}

function newSession(db: MockDb, at: number, rng: Rng): MockDevice | undefined {
  const clients = db.clients.filter(
    (c) =>
      c.tenant_id === DEMO_TENANT_ID &&
      c.status === 'active' &&
      c.deleted_at === undefined &&
      c.grant_types.includes(DEVICE_GRANT),
  );
  if (clients.length === 0) return undefined;
  const client = rng.pick(clients);
  const codes = new Set(db.devices.map((d) => d.user_code));
  let userCode: string;
  do userCode = `${rng.string(USER_CODE_ALPHABET, 4)}-${rng.string(USER_CODE_ALPHABET, 4)}`;
  while (codes.has(userCode));
  return {
    device_code: ulid(rng, at),
    user_code: userCode,
    tenant_id: DEMO_TENANT_ID,
    client_id: client.client_id,
    scope: client.scopes.join(' '),
    status: 'pending',
    interval: DEVICE_POLL_INTERVAL_SECONDS,
    poll_count: 0,
    created_at: at,
    updated_at: at,
    expires_at: at + DEVICE_CODE_TTL,
  };
}

/** The demo tenant's users who already act in the dataset. */
function usersOf(db: MockDb): string[] {
  const ids = new Set<string>();
  for (const d of db.devices) if (d.tenant_id === DEMO_TENANT_ID && d.user_id) ids.add(d.user_id);
  return [...ids].sort();
}

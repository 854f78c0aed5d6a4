import { SECOND } from '@/mocks/clock';
import { createRng } from '@/mocks/db/random';
import type { MockDb } from '@/mocks/db/types';
import { seedClients } from './clients';
import { seedDevices } from './devices';
import { seedSessions } from './sessions';
import { seedTokens } from './tokens';
import { seedUsers } from './users';

/** Bump to reshuffle the whole demo dataset. */
export const MOCK_SEED = 'authms-console-demo-v1';

/** The whole dataset laid out relative to `now`: same `now`, same data. */
export function createSeedDb(now: number): MockDb {
  const anchor = Math.floor(now / SECOND) * SECOND;
  const clients = seedClients(anchor);
  const demoUsers = seedUsers(createRng(`${MOCK_SEED}:users:demo`), 40);
  const otherUsers = seedUsers(createRng(`${MOCK_SEED}:users:other`), 6).slice(1);
  const tokens = seedTokens(createRng(`${MOCK_SEED}:tokens`), anchor, clients, demoUsers, otherUsers);
  const devices = seedDevices(createRng(`${MOCK_SEED}:devices`), anchor, clients, demoUsers, otherUsers);
  const { sessions, trustedDevices, blacklist } = seedSessions(createRng(`${MOCK_SEED}:sessions`), anchor, demoUsers, otherUsers, tokens);
  return { seededAt: anchor, clients, tokens, devices, sessions, trustedDevices, blacklist, requestSeq: 0 };
}

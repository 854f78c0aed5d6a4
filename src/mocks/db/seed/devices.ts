import { DAY, MINUTE, SECOND } from '@/mocks/clock';
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from '@/mocks/identities';
import { USER_CODE_ALPHABET, ulid, type Rng } from '@/mocks/db/random';
import type { DeviceStatus, MockClient, MockDevice } from '@/mocks/db/types';
import { DEVICE_GRANT } from './clients';
import type { SeedUser } from './users';

/** RFC 8628 defaults of authms: codes live 15 minutes, devices poll every 5 seconds. */
export const DEVICE_CODE_TTL = 15 * MINUTE;
export const DEVICE_POLL_INTERVAL_SECONDS = 5;
const POLL = DEVICE_POLL_INTERVAL_SECONDS * SECOND;

function userCode(rng: Rng, seen: Set<string>): string {
  let code: string;
  do code = `${rng.string(USER_CODE_ALPHABET, 4)}-${rng.string(USER_CODE_ALPHABET, 4)}`;
  while (seen.has(code));
  seen.add(code);
  return code;
}

function session(
  rng: Rng,
  anchor: number,
  client: MockClient,
  status: DeviceStatus,
  users: SeedUser[],
  seenCodes: Set<string>,
): MockDevice {
  const pending = status === 'pending';
  const ageMs = pending ? rng.int(10, 600) * SECOND : rng.int(20 * MINUTE, 30 * DAY);
  const created = Math.round((anchor - ageMs) / SECOND) * SECOND;
  const expires = created + DEVICE_CODE_TTL;
  let pollCount: number;
  let updated: number;
  let userId: string | undefined;
  if (pending) {
    pollCount = Math.floor((ageMs / POLL) * (0.6 + 0.4 * rng.next()));
    updated = created + pollCount * POLL;
  } else if (status === 'authorized' || status === 'denied') {
    const actedAfter = rng.int(20, 6 * 60) * SECOND;
    pollCount = Math.floor(actedAfter / POLL) + 1;
    updated = created + actedAfter + POLL;
    userId = rng.pick(users).id;
  } else {
    pollCount = rng.int(0, Math.floor(DEVICE_CODE_TTL / POLL));
    updated = pollCount === 0 ? created : expires;
  }
  return {
    device_code: ulid(rng, created),
    user_code: userCode(rng, seenCodes),
    tenant_id: client.tenant_id,
    client_id: client.client_id,
    user_id: userId,
    scope: client.scopes.join(' '),
    status,
    interval: DEVICE_POLL_INTERVAL_SECONDS,
    poll_count: pollCount,
    created_at: created,
    updated_at: Math.min(updated, anchor),
    expires_at: expires,
  };
}

function sessionsOf(
  rng: Rng,
  anchor: number,
  tenantId: string,
  clients: MockClient[],
  users: SeedUser[],
  count: number,
  pendingCount: number,
  seenCodes: Set<string>,
): MockDevice[] {
  const capable = clients.filter((c) => c.tenant_id === tenantId && c.grant_types.includes(DEVICE_GRANT));
  const live = capable.filter((c) => c.status === 'active');
  const weightedAll = capable.map((c) => [c, c.status === 'active' ? 3 : 1] as const);
  const out: MockDevice[] = [];
  for (let i = 0; i < count; i += 1) {
    const status: DeviceStatus =
      i < pendingCount
        ? 'pending'
        : rng.weighted([
            ['authorized', 45],
            ['denied', 15],
            ['expired', 40],
          ] as const);
    const client = status === 'pending' && live.length > 0 ? rng.pick(live) : rng.weighted(weightedAll);
    out.push(session(rng, anchor, client, status, users, seenCodes));
  }
  return out;
}

export function seedDevices(
  rng: Rng,
  anchor: number,
  clients: MockClient[],
  demoUsers: SeedUser[],
  otherUsers: SeedUser[],
): MockDevice[] {
  const seen = new Set<string>();
  return [
    ...sessionsOf(rng, anchor, DEMO_TENANT_ID, clients, demoUsers, 96, 14, seen),
    ...sessionsOf(rng, anchor, OTHER_TENANT_ID, clients, otherUsers, 6, 1, seen),
  ].sort((a, b) => b.created_at - a.created_at || a.device_code.localeCompare(b.device_code));
}

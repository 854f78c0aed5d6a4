import { DAY, HOUR, MINUTE, SECOND } from '@/mocks/clock';
import { DEMO_TENANT_ID, HOSTILE_SESSION_ID, HOSTILE_SESSION_IP, OTHER_TENANT_ID } from '@/mocks/identities';
import { BASE32, HEX, type Rng } from '@/mocks/db/random';
import type {
  MockBlacklistEntry,
  MockLocation,
  MockRiskFactor,
  MockSession,
  MockToken,
  MockTrustedDevice,
} from '@/mocks/db/types';
import { BROWSER_USER_AGENTS, type SeedUser } from './users';

/** Where sign-ins come from: most from a handful of places, a few from far away. */
const LOCATIONS: ReadonlyArray<readonly [MockLocation, number]> = [
  [{ country: 'US', region: 'California', city: 'San Francisco' }, 14],
  [{ country: 'US', region: 'New York', city: 'New York' }, 10],
  [{ country: 'GB', region: 'England', city: 'London' }, 9],
  [{ country: 'DE', region: 'Berlin', city: 'Berlin' }, 8],
  [{ country: 'FR', region: 'Île-de-France', city: 'Paris' }, 5],
  [{ country: 'CN', region: 'Shanghai', city: 'Shanghai' }, 7],
  [{ country: 'CN', region: 'Beijing', city: 'Beijing' }, 5],
  [{ country: 'JP', region: 'Tokyo', city: 'Tokyo' }, 5],
  [{ country: 'IN', region: 'Karnataka', city: 'Bengaluru' }, 5],
  [{ country: 'SG', city: 'Singapore' }, 4],
  [{ country: 'CA', region: 'Ontario', city: 'Toronto' }, 4],
  [{ country: 'BR', region: 'São Paulo', city: 'São Paulo' }, 3],
  [{ country: 'AU', region: 'New South Wales', city: 'Sydney' }, 3],
  [{ country: 'NL', region: 'North Holland', city: 'Amsterdam' }, 3],
  [{ country: 'ZA', region: 'Gauteng', city: 'Johannesburg' }, 2],
  [{ country: 'NG', region: 'Lagos', city: 'Lagos' }, 1],
  [{ country: 'RU', region: 'Moscow', city: 'Moscow' }, 1],
];

/** The factors a risk engine reports, with the server's own (English) descriptions. */
const FACTORS: Record<string, Omit<MockRiskFactor, 'weight'>> = {
  new_device: { code: 'new_device', description: 'First sign-in from this device' },
  new_country: { code: 'new_country', description: 'First sign-in from this country' },
  impossible_travel: {
    code: 'impossible_travel',
    description: 'Signed in from two places too far apart for the time between them',
  },
  tor_exit: { code: 'tor_exit', description: 'The address is a Tor exit node' },
  no_mfa: { code: 'no_mfa', description: 'The session did not pass multi-factor authentication' },
  unusual_hour: { code: 'unusual_hour', description: 'Signed in at an hour this user is rarely active' },
};

/** The clients users sign in to, by how often. */
const SESSION_CLIENTS: ReadonlyArray<readonly [string, number]> = [
  ['acme-web-portal', 30],
  ['acme-ios', 18],
  ['acme-android', 14],
  ['acme-admin-dashboard', 6],
  ['acme-smart-tv', 6],
  ['acme-hr-portal', 6],
  ['open-banking-connector', 5],
  ['support-widget', 4],
  ['acme-game-console', 4],
  ['acme-cli', 3],
];

/** A user's device as the seed sees it: the same device keeps its id, browser and usual place. */
interface SeedDevice {
  id: string;
  userAgent: string;
  ip: string;
  home: MockLocation;
}

const id = (rng: Rng, prefix: string, seen: Set<string>, length = 14) => {
  let value: string;
  do value = `${prefix}_${rng.string(BASE32, length)}`;
  while (seen.has(value));
  seen.add(value);
  return value;
};

const round = (ms: number) => Math.round(ms / SECOND) * SECOND;

function devicesOf(rng: Rng, user: SeedUser, seen: Set<string>): SeedDevice[] {
  const home = rng.weighted(LOCATIONS);
  return Array.from({ length: rng.int(1, 3) }, (_, i) => ({
    id: id(rng, 'dev', seen, 12),
    userAgent: user.userAgents[i % user.userAgents.length] ?? rng.pick(BROWSER_USER_AGENTS),
    ip: user.ips[i % user.ips.length] ?? '192.0.2.1',
    home,
  }));
}

/** The risk of one sign-in: factors drawn from what is unusual about it, the score their sum, capped at 100. */
function riskOf(rng: Rng, mfa: boolean, away: boolean, newDevice: boolean): { score: number; factors: MockRiskFactor[] } {
  const factors: MockRiskFactor[] = [];
  const add = (code: keyof typeof FACTORS, weight: number) => factors.push({ ...FACTORS[code]!, weight });
  if (!mfa) add('no_mfa', 15);
  if (newDevice) add('new_device', 20);
  if (away) add('new_country', 25);
  if (away && rng.chance(0.25)) add('impossible_travel', 35);
  if (rng.chance(0.02)) add('tor_exit', 40);
  if (rng.chance(0.08)) add('unusual_hour', 10);
  const base = rng.int(0, 12);
  return { score: Math.min(100, base + factors.reduce((sum, f) => sum + f.weight, 0)), factors };
}

export interface SeededSessions {
  sessions: MockSession[];
  trustedDevices: MockTrustedDevice[];
  blacklist: MockBlacklistEntry[];
}

/**
 * About 340 sessions of the demo tenant over its ~40 users (plus a few of the other tenant, never shown to the demo
 * admin): most from a user's own devices and usual place, some from far away or a new device, with their risk; the
 * last ~40 are created in the coming two days, so new sessions keep appearing as the clock moves. Also each user's
 * trusted devices, and blacklist entries for some revoked tokens.
 */
export function seedSessions(rng: Rng, now: number, demoUsers: SeedUser[], otherUsers: SeedUser[], tokens: MockToken[]): SeededSessions {
  const seen = new Set<string>();
  const sessions: MockSession[] = [];
  const trustedDevices: MockTrustedDevice[] = [];
  const deviceMap = new Map<string, SeedDevice[]>();

  const addSession = (tenant: string, user: SeedUser, createdAt: number) => {
    const devices = deviceMap.get(user.id) ?? devicesOf(rng, user, seen);
    deviceMap.set(user.id, devices);
    const newDevice = rng.chance(0.08);
    const device: SeedDevice = newDevice
      ? { id: id(rng, 'dev', seen, 12), userAgent: rng.pick(BROWSER_USER_AGENTS), ip: user.ips[0] ?? '198.51.100.7', home: devices[0]!.home }
      : rng.pick(devices);
    const away = rng.chance(0.1);
    const location = away ? rng.weighted(LOCATIONS) : device.home;
    const mfa = rng.chance(0.62);
    const risk = riskOf(rng, mfa, away && location.country !== device.home.country, newDevice);
    const lifetime = rng.pick([8 * HOUR, DAY, 7 * DAY, 14 * DAY, 30 * DAY]);
    const expiresAt = createdAt + lifetime;
    const activeUntil = Math.min(expiresAt, now);
    const lastActive = createdAt >= now ? createdAt : round(createdAt + rng.next() * Math.max(0, activeUntil - createdAt));
    const session: MockSession = {
      id: id(rng, 'ses', seen),
      tenant_id: tenant,
      user_id: user.id,
      client_id: rng.weighted(SESSION_CLIENTS),
      ip: device.ip,
      user_agent: device.userAgent,
      device_id: device.id,
      location,
      mfa,
      risk_score: risk.score,
      risk_factors: risk.factors,
      created_at: createdAt,
      last_active_at: lastActive,
      expires_at: expiresAt,
    };
    if (createdAt < now && expiresAt > now && rng.chance(0.08)) {
      session.revoked_at = round(createdAt + rng.next() * (now - createdAt));
    }
    sessions.push(session);
  };

  // the past 14 days, more of them recent
  for (let i = 0; i < 300; i += 1) {
    const ageMs = rng.chance(0.4) ? rng.next() * DAY : DAY + rng.next() * 13 * DAY;
    addSession(DEMO_TENANT_ID, rng.pick(demoUsers), round(now - ageMs - 30 * SECOND));
  }
  // the coming two days: about one new session every 70 minutes
  for (let at = now + 20 * MINUTE; at < now + 2 * DAY; at += round(40 * MINUTE + rng.next() * 60 * MINUTE)) {
    addSession(DEMO_TENANT_ID, rng.pick(demoUsers), at);
  }
  for (const user of otherUsers) addSession(OTHER_TENANT_ID, user, round(now - rng.next() * 3 * DAY));

  // a session whose strings are hostile: the console must show them as text
  const hostile = sessions.find((s) => s.tenant_id === DEMO_TENANT_ID && s.created_at < now && s.expires_at > now + DAY && !s.revoked_at);
  if (hostile) {
    hostile.id = HOSTILE_SESSION_ID;
    hostile.ip = HOSTILE_SESSION_IP;
    hostile.user_agent = '<img src=x onerror=alert("session")> \u202eevil.exe';
    hostile.location = { country: '<b>XX</b>', region: '\u202eReversed', city: `<script>alert(1)</script>${'Llanfair'.repeat(12)}` };
  }

  // trusted devices: about half the users trust one or two of their usual devices
  for (const user of demoUsers) {
    const devices = deviceMap.get(user.id) ?? [];
    for (const device of devices.slice(0, rng.chance(0.5) ? rng.int(1, 2) : 0)) {
      const trustedAt = round(now - rng.next() * 60 * DAY);
      const ua = device.userAgent;
      trustedDevices.push({
        id: id(rng, 'tdv', seen, 12),
        tenant_id: DEMO_TENANT_ID,
        user_id: user.id,
        device_id: device.id,
        name: /iPhone/.test(ua) ? 'iPhone' : /Android/.test(ua) ? 'Android phone' : /Macintosh/.test(ua) ? 'MacBook' : 'Work laptop',
        browser: /Edg\//.test(ua) ? 'Edge' : /Firefox/.test(ua) ? 'Firefox' : /Chrome/.test(ua) ? 'Chrome' : /Safari/.test(ua) ? 'Safari' : 'App',
        os: /Windows/.test(ua) ? 'Windows' : /iPhone/.test(ua) ? 'iOS' : /Android/.test(ua) ? 'Android' : /Mac OS/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : 'Other',
        ip: device.ip,
        trusted_at: trustedAt,
        last_seen_at: round(trustedAt + rng.next() * (now - trustedAt)),
        expires_at: trustedAt + 90 * DAY,
      });
    }
  }

  // blacklist: some revoked tokens that were still unexpired when revoked
  const reasons = ['compromised credentials', 'device reported lost', 'revoked by an administrator', 'suspicious refresh pattern'];
  const blacklist: MockBlacklistEntry[] = tokens
    .filter((t) => t.tenant_id === DEMO_TENANT_ID && t.revoked_at !== undefined && t.expires_at > now)
    .slice(0, 24)
    .map((token, i) => ({
      id: id(rng, 'bl', seen, 12),
      tenant_id: DEMO_TENANT_ID,
      jti: rng.string(HEX, 32),
      token_id: token.id,
      user_id: token.user_id,
      reason: i === 3 ? '<img src=x onerror=alert("reason")> \u202ereversed reason' : rng.pick(reasons),
      blacklisted_at: token.revoked_at ?? now,
      expires_at: token.expires_at,
    }));

  return { sessions, trustedDevices, blacklist };
}

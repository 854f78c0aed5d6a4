import { DAY, HOUR, MINUTE, SECOND } from '@/mocks/clock';
import {
  DEMO_TENANT_ID,
  FAILING_TOKEN_IDS,
  FAILING_TOKEN_POSITIONS,
  FAILING_TOKEN_USER_AGENT,
  FAILING_TOKEN_USER_ID,
  FORMULA_USER_AGENT,
  FORMULA_USER_AGENT_TOKEN_ID,
  HOSTILE_USER_AGENT,
  HOSTILE_USER_AGENT_TOKEN_ID,
  OTHER_TENANT_ID,
} from '@/mocks/identities';
import { BASE32, type Rng } from '@/mocks/db/random';
import type { MockClient, MockToken, TokenKind } from '@/mocks/db/types';
import { CLIENT_CREDENTIALS_GRANT, REFRESH_GRANT } from './clients';
import type { SeedUser } from './users';

/** How often each user-facing demo client issued a token, and how long its tokens live. */
interface IssuerProfile {
  weight: number;
  accessTtl: number;
  refreshTtl: number;
  /** User agents of the app itself; browsers' come from the user. */
  userAgents?: readonly string[];
}

const USER_CLIENT_PROFILES: Record<string, IssuerProfile> = {
  'acme-web-portal': { weight: 28, accessTtl: HOUR, refreshTtl: 14 * DAY },
  'acme-ios': { weight: 18, accessTtl: HOUR, refreshTtl: 30 * DAY, userAgents: ['AcmeiOS/5.12.0 CFNetwork/1496.0.7 Darwin/23.5.0'] },
  'acme-android': { weight: 14, accessTtl: HOUR, refreshTtl: 30 * DAY, userAgents: ['okhttp/4.12.0', 'AcmeAndroid/5.11.3 (Linux; Android 14)'] },
  'acme-admin-dashboard': { weight: 5, accessTtl: 30 * MINUTE, refreshTtl: 7 * DAY },
  'acme-smart-tv': { weight: 8, accessTtl: HOUR, refreshTtl: 90 * DAY, userAgents: ['AcmeTV/3.4.2 (Tizen 7.0; SmartTV)'] },
  'acme-cli': { weight: 5, accessTtl: HOUR, refreshTtl: 90 * DAY, userAgents: ['authms-cli/2.3.1', 'curl/8.5.0', 'python-requests/2.32.3'] },
  'open-banking-connector': { weight: 7, accessTtl: 15 * MINUTE, refreshTtl: 14 * DAY },
  'support-widget': { weight: 4, accessTtl: HOUR, refreshTtl: 0 },
  'acme-game-console': { weight: 5, accessTtl: HOUR, refreshTtl: 90 * DAY, userAgents: ['AcmeArcade/1.8.0 (PlayStation 5)'] },
  'acme-hr-portal': { weight: 4, accessTtl: HOUR, refreshTtl: 14 * DAY },
  'legacy-reporting': { weight: 1, accessTtl: HOUR, refreshTtl: 14 * DAY },
  'room-display': { weight: 1, accessTtl: HOUR, refreshTtl: 0, userAgents: ['RoomDisplay/2.0 (Android 11)'] },
  // its tokens carry markup in the user agent, which the console must show as text
  'hostile-input-sample': { weight: 0.5, accessTtl: HOUR, refreshTtl: 0, userAgents: ['<script>alert("ua")</script> HostileSample/1.0'] },
};

const MACHINE_USER_AGENTS = ['Go-http-client/2.0', 'python-requests/2.32.3', 'okhttp/4.12.0', 'curl/8.5.0'] as const;

function tokenId(rng: Rng, seen: Set<string>): string {
  let id: string;
  do id = `tok_${rng.string(BASE32, 12)}`;
  while (seen.has(id));
  seen.add(id);
  return id;
}

/** Token ages: many in the last hours (so access tokens are live), the rest over the last 45 days. */
function age(rng: Rng): number {
  const bucket = rng.weighted([
    [0, 0.3],
    [1, 0.3],
    [2, 0.4],
  ] as const);
  const [min, max] = bucket === 0 ? [0, 3 * HOUR] : bucket === 1 ? [3 * HOUR, 3 * DAY] : [3 * DAY, 45 * DAY];
  return Math.round((min + rng.next() * (max - min)) / SECOND) * SECOND + 20 * SECOND;
}

function scopeFor(rng: Rng, client: MockClient, kind: TokenKind): string {
  const scopes = client.scopes.filter((scope) => {
    if (scope === 'openid') return true;
    if (scope === 'offline_access') return kind === 'refresh';
    return rng.chance(0.7);
  });
  return (scopes.length > 0 ? scopes : client.scopes.slice(0, 1)).join(' ');
}

function maybeRevoke(rng: Rng, token: MockToken, anchor: number, probability: number): void {
  if (!rng.chance(probability)) return;
  const end = Math.min(token.expires_at, anchor);
  token.revoked_at = token.created_at + Math.round((rng.next() * (end - token.created_at)) / SECOND) * SECOND;
}

function userTokens(
  rng: Rng,
  anchor: number,
  tenantId: string,
  clients: MockClient[],
  profiles: Record<string, IssuerProfile>,
  users: SeedUser[],
  count: number,
  seen: Set<string>,
): MockToken[] {
  const issuers = clients
    .filter((c) => c.tenant_id === tenantId && profiles[c.client_id])
    .map((c) => [c, profiles[c.client_id]?.weight ?? 0] as const);
  const tokens: MockToken[] = [];
  const createdTimes = new Set<number>();
  for (let i = 0; i < count; i += 1) {
    const client = rng.weighted(issuers);
    const profile = profiles[client.client_id] ?? { weight: 0, accessTtl: HOUR, refreshTtl: 0 };
    const user = rng.pick(users);
    const canRefresh = client.grant_types.includes(REFRESH_GRANT) && profile.refreshTtl > 0;
    const kind: TokenKind = canRefresh && rng.chance(0.5) ? 'refresh' : 'access';
    let created = anchor - age(rng);
    // distinct creation times: the newest-first order (and the rigged positions) never depends on a tie
    while (createdTimes.has(created)) created -= SECOND;
    createdTimes.add(created);
    const token: MockToken = {
      id: tokenId(rng, seen),
      tenant_id: tenantId,
      client_id: client.client_id,
      user_id: user.id,
      token_type: kind,
      scope: scopeFor(rng, client, kind),
      ip: rng.pick(user.ips),
      user_agent: rng.pick(profile.userAgents ?? user.userAgents),
      created_at: created,
      expires_at: created + (kind === 'access' ? profile.accessTtl : profile.refreshTtl),
    };
    maybeRevoke(rng, token, anchor, client.status === 'suspended' ? 0.6 : 0.12);
    tokens.push(token);
  }
  return tokens;
}

function machineTokens(rng: Rng, anchor: number, clients: MockClient[], seen: Set<string>): MockToken[] {
  const tokens: MockToken[] = [];
  for (const client of clients) {
    if (!client.grant_types.includes(CLIENT_CREDENTIALS_GRANT)) continue;
    const count = client.status === 'suspended' ? 3 : rng.int(6, 10);
    for (let i = 0; i < count; i += 1) {
      const created =
        anchor - (client.status === 'suspended' ? 10 * DAY + rng.int(0, 5 * DAY) : rng.int(1 * MINUTE, 2 * HOUR));
      tokens.push({
        id: tokenId(rng, seen),
        tenant_id: client.tenant_id,
        client_id: client.client_id,
        token_type: 'access',
        scope: client.scopes.join(' '),
        ip: `198.51.100.${rng.int(10, 40)}`,
        user_agent: rng.pick(MACHINE_USER_AGENTS),
        created_at: Math.round(created / SECOND) * SECOND,
        expires_at: Math.round(created / SECOND) * SECOND + HOUR,
      });
    }
  }
  return tokens;
}

export function byNewest<T extends { created_at: number }>(key: (item: T) => string) {
  return (a: T, b: T) => b.created_at - a.created_at || key(a).localeCompare(key(b));
}

/** Rigs the default list: failing tokens at fixed positions, the hostile and the formula user agents on page 1. */
function rig(sorted: MockToken[]): void {
  FAILING_TOKEN_POSITIONS.forEach((position, index) => {
    const token = sorted[position - 1];
    const id = FAILING_TOKEN_IDS[index];
    if (!token || !id) throw new Error('seed: not enough tokens to rig');
    token.id = id;
    token.user_id = FAILING_TOKEN_USER_ID;
    token.client_id = 'acme-web-portal';
    token.token_type = 'refresh';
    token.scope = 'openid profile email offline_access';
    token.expires_at = token.created_at + 14 * DAY;
    token.user_agent = FAILING_TOKEN_USER_AGENT;
    delete token.revoked_at;
  });
  const hostile = sorted[3];
  if (!hostile) throw new Error('seed: not enough tokens to rig');
  hostile.id = HOSTILE_USER_AGENT_TOKEN_ID;
  hostile.user_agent = HOSTILE_USER_AGENT;
  // an active refresh token near the top (its status and type as seeded: the rigged lists above stay as they are)
  const formula = sorted.find((t, i) => i >= 4 && t.token_type === 'refresh' && t.revoked_at === undefined && t.expires_at - t.created_at >= 7 * DAY);
  if (!formula) throw new Error('seed: not enough tokens to rig');
  formula.id = FORMULA_USER_AGENT_TOKEN_ID;
  formula.user_agent = FORMULA_USER_AGENT;
}

export function seedTokens(
  rng: Rng,
  anchor: number,
  clients: MockClient[],
  demoUsers: SeedUser[],
  otherUsers: SeedUser[],
): MockToken[] {
  const seen = new Set<string>([...FAILING_TOKEN_IDS, HOSTILE_USER_AGENT_TOKEN_ID, FORMULA_USER_AGENT_TOKEN_ID]);
  const demo = userTokens(rng, anchor, DEMO_TENANT_ID, clients, USER_CLIENT_PROFILES, demoUsers, 640, seen);
  demo.sort(byNewest((t) => t.id));
  rig(demo);
  const otherProfiles: Record<string, IssuerProfile> = {
    'globex-portal': { weight: 2, accessTtl: HOUR, refreshTtl: 14 * DAY },
    'globex-mobile': { weight: 1, accessTtl: HOUR, refreshTtl: 30 * DAY },
  };
  const other = userTokens(rng, anchor, OTHER_TENANT_ID, clients, otherProfiles, otherUsers, 36, seen);
  const all = [...demo, ...other, ...machineTokens(rng, anchor, clients, seen)];
  return all.sort(byNewest((t) => t.id));
}

import { MINUTE, toRfc3339 } from '@/mocks/clock';
import { HOSTILE_CLIENT_ID } from '@/mocks/identities';
import { seedSecrets } from './clientLifecycle';
import { BASE32, createRng, type Rng } from './random';
import { MOCK_SEED } from './seed';
import { seedClients } from './seed/clients';
import { getMockDb } from './store';
import type { MockAuditChange, MockAuditEntry, MockClient } from './types';

/**
 * Each client's audit log (`GET {oauth}/admin/oauth/clients/{id}/audit-logs`, body assumed as in
 * src/api/schemas/clientHistory.ts). The seeded clients get a history on first use (created, a few updates, a secret
 * rotation); every change made through the mock after that is written by `recordAudit`, from the handlers, which
 * know who asked and through which request. A secret never appears: only its last four characters.
 */

export type AuditEntryInput = Omit<MockAuditEntry, 'id'>;

/** The demo admin, as the mock's handlers know it (src/mocks/handlers/auth.ts). */
const DEMO_ADMIN = 'usr_demoadmin0001';
const BROWSER_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

interface SeedActor {
  actor_id: string;
  actor_type: string;
  ip: string;
  user_agent: string;
}

const ACTORS: SeedActor[] = [
  { actor_id: DEMO_ADMIN, actor_type: 'admin', ip: '203.0.113.24', user_agent: BROWSER_UA },
  { actor_id: 'usr_ops7t2k9q4mx', actor_type: 'admin', ip: '198.51.100.71', user_agent: BROWSER_UA.replace('Macintosh; Intel Mac OS X 14_6', 'Windows NT 10.0; Win64; x64') },
  { actor_id: 'svc_terraform', actor_type: 'api', ip: '192.0.2.45', user_agent: 'terraform-provider-authms/1.4.2' },
];
const SYSTEM: SeedActor = { actor_id: 'system', actor_type: 'system', ip: '', user_agent: '' };
const HOSTILE_ACTOR: SeedActor = {
  actor_id: '<img src=x onerror=alert(1)>',
  actor_type: '<b>admin</b>',
  ip: '"><svg onload=alert(1)>',
  user_agent: '<script>alert(1)</script> \u202Egnp.exe',
};

const LEGACY_REDIRECT = 'https://legacy.acme.example/oauth/callback';

function requestId(rng: Rng): string {
  return `req_${rng.string(BASE32, 20)}`;
}

/** The changes that creating `client` made: every field that has a value, from nothing. */
export function creationChanges(client: MockClient): MockAuditChange[] {
  const methods = Array.isArray(client.client_auth_methods) ? client.client_auth_methods : parseList(client.client_auth_methods);
  const changes: MockAuditChange[] = [
    { field: 'name', old: null, new: client.name },
    { field: 'status', old: null, new: client.status },
    { field: 'is_confidential', old: null, new: client.is_confidential },
    { field: 'client_auth_methods', old: null, new: methods },
    { field: 'grant_types', old: null, new: [...client.grant_types] },
    { field: 'scopes', old: null, new: [...client.scopes] },
    { field: 'redirect_uris', old: null, new: [...client.redirect_uris] },
  ];
  for (const field of ['jwks_uri', 'fapi_profile', 'logo_url', 'website', 'terms_url', 'privacy_policy'] as const) {
    if (client[field] !== undefined) changes.push({ field, old: null, new: client[field] });
  }
  if (client.secret_last_four !== undefined) changes.push({ field: 'secret_last_four', old: null, new: client.secret_last_four });
  return changes.filter((c) => !(Array.isArray(c.new) && c.new.length === 0));
}

function parseList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * A seeded client's past: created; scopes widened; a redirect URI dropped (or a suspension); a secret rotation (or,
 * while the old secret still works, a second secret added); the hostile sample also gets hostile actors and values.
 */
function seedHistory(client: MockClient): MockAuditEntry[] {
  const rng = createRng(`${MOCK_SEED}:audit:${client.client_id}`);
  const base = { tenant_id: client.tenant_id, client_id: client.client_id };
  const entries: AuditEntryInput[] = [];
  const actor = () => rng.pick(ACTORS);
  const span = client.updated_at - client.created_at;
  const widened = client.scopes.length >= 2;
  const suspended = client.status === 'suspended';

  // what the client looked like when it was created: before the updates below
  const created: MockClient = {
    ...client,
    status: 'active',
    scopes: widened ? client.scopes.slice(0, -1) : client.scopes,
    redirect_uris: suspended ? client.redirect_uris : [...client.redirect_uris, LEGACY_REDIRECT],
  };
  entries.push({ ...base, ...actor(), action: 'client.created', request_id: requestId(rng), created_at: client.created_at, changes: creationChanges(created) });
  if (widened) {
    entries.push({
      ...base,
      ...actor(),
      action: 'client.updated',
      request_id: requestId(rng),
      created_at: client.created_at + Math.floor(span * 0.4) + rng.int(0, 59) * MINUTE,
      changes: [{ field: 'scopes', old: created.scopes, new: [...client.scopes] }],
    });
  }
  if (client.is_confidential) {
    const [current, older] = seedSecrets(client);
    if (current && older && current.created_at > client.created_at) {
      const overlap = older.status === 'active';
      entries.push({
        ...base,
        ...actor(),
        action: overlap ? 'client.secret_added' : 'client.secret_rotated',
        request_id: requestId(rng),
        created_at: current.created_at,
        changes: overlap
          ? [{ field: 'active_secrets', old: [older.last_four], new: [older.last_four, current.last_four] }]
          : [{ field: 'secret_last_four', old: older.last_four, new: current.last_four }],
      });
    }
  }
  entries.push(
    suspended
      ? { ...base, ...SYSTEM, action: 'client.updated', request_id: requestId(rng), created_at: client.updated_at, changes: [{ field: 'status', old: 'active', new: 'suspended' }] }
      : {
          ...base,
          ...actor(),
          action: 'client.updated',
          request_id: requestId(rng),
          created_at: client.updated_at,
          changes: [{ field: 'redirect_uris', old: created.redirect_uris, new: [...client.redirect_uris] }],
        },
  );
  if (client.client_id === HOSTILE_CLIENT_ID) {
    entries.push({
      ...base,
      ...HOSTILE_ACTOR,
      action: 'client.<img src=x onerror=alert(2)>',
      request_id: '<script>alert("request")</script>',
      created_at: client.updated_at - 20 * MINUTE,
      changes: [
        { field: 'name', old: '<img src=x onerror=alert(3)>', new: client.name },
        { field: 'scopes', old: ['openid', '<b>old</b>'], new: ['openid', '"><svg onload=alert(4)>'] },
        { field: '<i>field</i>', old: { html: '<script>alert(5)</script>' }, new: 'javascript:alert(6)' },
      ],
    });
  }
  return entries.map((entry) => ({ ...entry, id: `aud_${rng.string(BASE32, 14)}` }));
}

/** The audit log of every client, laid out for the seeded ones on first use. */
function auditStore(): MockAuditEntry[] {
  const db = getMockDb();
  if (!db.auditLogs) {
    const seeded = new Set(seedClients(db.seededAt).map((c) => c.client_id));
    db.auditLogs = db.clients.filter((c) => seeded.has(c.client_id)).flatMap((c) => seedHistory(c));
  }
  return db.auditLogs;
}

/** Writes one entry (a change made through the mock); its id is drawn from the dataset's request counter. */
export function recordAudit(input: AuditEntryInput): MockAuditEntry {
  const store = auditStore();
  const db = getMockDb();
  db.requestSeq += 1;
  const entry: MockAuditEntry = { ...input, id: `aud_${createRng(`${MOCK_SEED}:audit-id:${db.requestSeq}`).string(BASE32, 14)}` };
  store.push(entry);
  return entry;
}

/** A client's entries, newest first; `action` keeps one action only. */
export function findAuditLogs(tenantId: string, clientId: string, action?: string): MockAuditEntry[] {
  // the store holds entries in the order they were written: of two at the same instant, the later one first
  return auditStore()
    .filter((e) => e.tenant_id === tenantId && e.client_id === clientId && (action === undefined || e.action === action))
    .reverse()
    .sort((a, b) => b.created_at - a.created_at);
}

/** `AuditLogItem` */
export function toAuditLogItem(entry: MockAuditEntry) {
  return {
    id: entry.id,
    action: entry.action,
    actor_id: entry.actor_id,
    actor_type: entry.actor_type,
    ip: entry.ip,
    user_agent: entry.user_agent,
    request_id: entry.request_id,
    created_at: toRfc3339(entry.created_at),
    changes: entry.changes.map((c) => ({ field: c.field, old: c.old ?? null, new: c.new ?? null })),
  };
}

/** The fields an update may change, as a client answers them (client_auth_methods as a list). */
const UPDATE_FIELDS = [
  'name',
  'status',
  'is_confidential',
  'client_auth_methods',
  'grant_types',
  'scopes',
  'redirect_uris',
  'jwks_uri',
  'fapi_profile',
  'logo_url',
  'website',
  'terms_url',
  'privacy_policy',
  'secret_last_four',
] as const;

type Snapshot = Record<(typeof UPDATE_FIELDS)[number] | 'jwks', unknown>;

/** What an update compares: a copy of the client's fields before it, taken with `snapshot`. */
export function snapshot(client: MockClient): Snapshot {
  const copy = Object.fromEntries(
    UPDATE_FIELDS.map((field) => {
      const value = client[field];
      if (field === 'client_auth_methods') return [field, typeof value === 'string' ? parseList(value) : [...(value as string[])]];
      return [field, Array.isArray(value) ? [...(value as string[])] : value];
    }),
  ) as Snapshot;
  // a JWK Set is public keys: the log says that it changed, and how many keys it holds
  copy.jwks = client.jwks === undefined ? undefined : `${jwksKeyCount(client.jwks)} keys`;
  return copy;
}

function jwksKeyCount(jwks: string): number {
  try {
    const keys = (JSON.parse(jwks) as { keys?: unknown }).keys;
    return Array.isArray(keys) ? keys.length : 0;
  } catch {
    return 0;
  }
}

/** The fields that differ between two snapshots, old → new (`null` for no value). */
export function changesBetween(before: Snapshot, after: Snapshot): MockAuditChange[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return (Object.keys(after) as (keyof Snapshot)[])
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, old: before[field] ?? null, new: after[field] ?? null }));
}

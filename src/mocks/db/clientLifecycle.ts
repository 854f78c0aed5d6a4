import { DAY, SECOND } from '@/mocks/clock';
import type { ClientChanges } from './clients';
import { BASE32, createRng } from './random';
import { MOCK_SEED } from './seed';
import { getMockDb } from './store';
import type { MockClient, MockClientSecret } from './types';

/**
 * Creating and duplicating clients, and their secrets. A secret is answered once and never stored: the dataset
 * keeps only its last four characters, so nothing that persists the dataset can leak one.
 */

/** The demo client whose older secret is still active (the overlap of a rotation), so one can be deactivated. */
export const OVERLAP_SECRET_CLIENT_ID = 'billing-service';

const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SECRET_LENGTH = 40;
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;
const MAX_NAME_LENGTH = 100;

/** A client_id is taken by any client ever created with it, in any tenant, deleted or not. */
export function isClientIdTaken(clientId: string): boolean {
  return getMockDb().clients.some((c) => c.client_id === clientId);
}

/** `base`, or `base-2`, `base-3`, ... : the first that is not taken. */
function freeClientId(base: string): string {
  if (!isClientIdTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!isClientIdTaken(candidate)) return candidate;
  }
}

/** A client_id from a name: "Acme TV (beta)" -> "acme-tv-beta". */
function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug.length >= 3 ? slug : `client-${slug || 'new'}`;
}

function nextRng(label: string) {
  const db = getMockDb();
  db.requestSeq += 1;
  return createRng(`${MOCK_SEED}:${label}:${db.requestSeq}`);
}

/** `updated_at` is read at whole seconds: every change moves it on, so a lost-update check always sees it. */
function touch(client: MockClient, now: number): void {
  client.updated_at = Math.max(now, Math.floor(client.updated_at / SECOND) * SECOND + SECOND);
}

function secretStore(): MockClientSecret[] {
  const db = getMockDb();
  db.clientSecrets ??= [];
  return db.clientSecrets;
}

/** A new secret for the client: its last four are stored as the client's and as an active secret; the text is answered. */
function issueSecret(client: MockClient, now: number): string {
  const rng = nextRng(`secret:${client.client_id}`);
  const secret = rng.string(SECRET_ALPHABET, SECRET_LENGTH);
  const lastFour = secret.slice(-4);
  secretStore().push({
    id: `sec_${rng.string(BASE32, 12)}`,
    tenant_id: client.tenant_id,
    client_id: client.client_id,
    last_four: lastFour,
    status: 'active',
    created_at: now,
  });
  client.secret_last_four = lastFour;
  return secret;
}

/**
 * The history of a seeded confidential client: the current secret (its `secret_last_four`) and an older one,
 * inactive, except for OVERLAP_SECRET_CLIENT_ID, whose older secret still works.
 */
export function seedSecrets(client: MockClient): MockClientSecret[] {
  if (!client.is_confidential || client.secret_last_four === undefined) return [];
  const rng = createRng(`${MOCK_SEED}:secrets:${client.client_id}`);
  const rotatedAt = Math.max(client.created_at, client.updated_at - 30 * DAY);
  const overlap = client.client_id === OVERLAP_SECRET_CLIENT_ID;
  const base = { tenant_id: client.tenant_id, client_id: client.client_id };
  return [
    {
      ...base,
      id: `sec_${rng.string(BASE32, 12)}`,
      last_four: client.secret_last_four,
      status: 'active',
      created_at: rotatedAt,
      last_used_at: client.updated_at - rng.int(1, 240) * 60 * SECOND,
    },
    {
      ...base,
      id: `sec_${rng.string(BASE32, 12)}`,
      last_four: rng.string(SECRET_ALPHABET, 4),
      status: overlap ? 'active' : 'inactive',
      created_at: client.created_at,
      last_used_at: overlap ? client.updated_at - rng.int(1, 48) * 3600 * SECOND : rotatedAt - rng.int(1, 72) * 3600 * SECOND,
      ...(overlap ? {} : { deactivated_at: rotatedAt }),
    },
  ];
}

/** The client's secrets, newest first (laid out from the seed on first read). */
export function clientSecrets(client: MockClient): MockClientSecret[] {
  const store = secretStore();
  const mine = () => store.filter((s) => s.tenant_id === client.tenant_id && s.client_id === client.client_id);
  if (mine().length === 0) store.push(...seedSecrets(client));
  return mine().sort((a, b) => b.created_at - a.created_at || a.id.localeCompare(b.id));
}

/** The secret that `secret_last_four` names: the newest active one. */
export function currentSecret(client: MockClient): MockClientSecret | undefined {
  return clientSecrets(client).find((s) => s.status === 'active');
}

/** A new secret; every older one stops working now. Answers the new secret's text (once). */
export function rotateClientSecret(client: MockClient, now: number): string {
  for (const secret of clientSecrets(client)) {
    if (secret.status === 'active') {
      secret.status = 'inactive';
      secret.deactivated_at = now;
    }
  }
  const secret = issueSecret(client, now);
  touch(client, now);
  return secret;
}

/** Most active secrets a client may hold at once: the one in use and the one being rolled out. */
export const MAX_ACTIVE_SECRETS = 2;

/** A second active secret (the older keeps working until deactivated); the new one becomes the client's. */
export function addClientSecret(client: MockClient, now: number): { secret: string; item: MockClientSecret } | undefined {
  if (clientSecrets(client).filter((s) => s.status === 'active').length >= MAX_ACTIVE_SECRETS) return undefined;
  const secret = issueSecret(client, now);
  touch(client, now);
  return { secret, item: currentSecret(client) as MockClientSecret };
}

export function deactivateClientSecret(secret: MockClientSecret, now: number): void {
  if (secret.status === 'inactive') return;
  secret.status = 'inactive';
  secret.deactivated_at = now;
}

/** A new client (already validated): `changes` over the defaults of a public client with nothing granted. */
export interface NewClientInput {
  client_id?: string;
  changes: ClientChanges & { name: string };
}

/** The record a create would store, before it is stored (the handler checks the rules on it). */
export function draftClient(tenantId: string, input: NewClientInput, now: number): MockClient {
  const { changes } = input;
  const confidential = changes.is_confidential ?? false;
  const blank = (value: string | undefined) => (value === '' ? undefined : value);
  return {
    id: `client_${nextRng('client-id').string(BASE32, 8)}`,
    client_id: input.client_id ?? freeClientId(slugOf(changes.name)),
    tenant_id: tenantId,
    name: changes.name,
    status: changes.status ?? 'active',
    is_confidential: confidential,
    client_auth_methods: [...(changes.client_auth_methods ?? [confidential ? 'client_secret_basic' : 'none'])],
    grant_types: [...(changes.grant_types ?? [])],
    scopes: [...(changes.scopes ?? [])],
    redirect_uris: [...(changes.redirect_uris ?? [])],
    cors_origins: [],
    jwks: blank(changes.jwks),
    jwks_uri: blank(changes.jwks_uri),
    fapi_profile: blank(changes.fapi_profile),
    logo_url: blank(changes.logo_url),
    website: blank(changes.website),
    terms_url: blank(changes.terms_url),
    privacy_policy: blank(changes.privacy_policy),
    created_at: now,
    updated_at: now,
  };
}

/** Stores a drafted client; a confidential one gets its first secret, answered once. */
export function insertClient(client: MockClient, now: number): { client: MockClient; secret?: string } {
  getMockDb().clients.push(client);
  const secret = client.is_confidential ? issueSecret(client, now) : undefined;
  return { client, secret };
}

/** "Billing (copy)", within the name limit. */
export function copyName(name: string): string {
  const suffix = ' (copy)';
  return `${name.slice(0, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
}

/** A copy of the client under a new client_id, with its own secret when confidential; tokens are not copied. */
export function cloneClient(
  source: MockClient,
  options: { name?: string },
  now: number,
): { client: MockClient; secret?: string } {
  const copy: MockClient = {
    ...source,
    id: `client_${nextRng('client-id').string(BASE32, 8)}`,
    client_id: freeClientId(`${source.client_id.slice(0, 59)}-copy`),
    name: options.name ?? copyName(source.name),
    client_auth_methods: Array.isArray(source.client_auth_methods)
      ? [...source.client_auth_methods]
      : source.client_auth_methods,
    grant_types: [...source.grant_types],
    scopes: [...source.scopes],
    redirect_uris: [...source.redirect_uris],
    cors_origins: [...source.cors_origins],
    secret_last_four: undefined,
    created_at: now,
    updated_at: now,
    deleted_at: undefined,
  };
  return insertClient(copy, now);
}

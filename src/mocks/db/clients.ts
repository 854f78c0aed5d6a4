import { SECOND, toRfc3339 } from '@/mocks/clock';
import { getMockDb } from './store';
import { revokeClientTokens } from './tokens';
import type { ClientStatus, MockClient } from './types';

/** `OAuthClientItem` */
export interface OAuthClientBody {
  id: string;
  client_id: string;
  tenant_id: string;
  name: string;
  status: ClientStatus;
  is_confidential: boolean;
  client_auth_methods: string | string[];
  grant_types: string[];
  scopes: string[];
  redirect_uris: string[];
  cors_origins: string[];
  jwks_uri?: string;
  fapi_profile?: string;
  logo_url?: string;
  website?: string;
  terms_url?: string;
  privacy_policy?: string;
  secret_last_four?: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string;
}

export function toClientItem(client: MockClient): OAuthClientBody {
  const { jwks: _jwks, created_at, updated_at, deleted_at, ...rest } = client;
  return {
    ...rest,
    client_auth_methods: Array.isArray(rest.client_auth_methods)
      ? [...rest.client_auth_methods]
      : rest.client_auth_methods,
    grant_types: [...rest.grant_types],
    scopes: [...rest.scopes],
    redirect_uris: [...rest.redirect_uris],
    cors_origins: [...rest.cors_origins],
    created_at: toRfc3339(created_at),
    updated_at: toRfc3339(updated_at),
    deleted_at: deleted_at === undefined ? undefined : toRfc3339(deleted_at),
  };
}

export interface ClientFilter {
  name?: string;
  status?: ClientStatus;
}

/** The tenant's clients (not deleted), newest first; `name` is a case-insensitive substring. */
export function findClients(tenantId: string, filter: ClientFilter): MockClient[] {
  const needle = filter.name?.toLocaleLowerCase();
  return getMockDb()
    .clients.filter(
      (c) =>
        c.tenant_id === tenantId &&
        c.deleted_at === undefined &&
        (needle === undefined || c.name.toLocaleLowerCase().includes(needle)) &&
        (filter.status === undefined || c.status === filter.status),
    )
    .sort((a, b) => b.created_at - a.created_at || a.client_id.localeCompare(b.client_id));
}

/** One client of the tenant by its client_id; deleted clients and other tenants' are not found. */
export function findClient(tenantId: string, clientId: string): MockClient | undefined {
  return getMockDb().clients.find(
    (c) => c.tenant_id === tenantId && c.client_id === clientId && c.deleted_at === undefined,
  );
}

/** The fields PUT may change (already validated by the handler). */
export interface ClientChanges {
  name?: string;
  status?: ClientStatus;
  is_confidential?: boolean;
  client_auth_methods?: string[];
  grant_types?: string[];
  scopes?: string[];
  redirect_uris?: string[];
  jwks?: string;
  jwks_uri?: string;
  fapi_profile?: string;
  logo_url?: string;
  website?: string;
  terms_url?: string;
  privacy_policy?: string;
}

const OPTIONAL_TEXT = ['jwks', 'jwks_uri', 'fapi_profile', 'logo_url', 'website', 'terms_url', 'privacy_policy'] as const;

export function updateClient(client: MockClient, changes: ClientChanges, now: number): MockClient {
  if (changes.name !== undefined) client.name = changes.name;
  if (changes.status !== undefined) client.status = changes.status;
  if (changes.is_confidential !== undefined) client.is_confidential = changes.is_confidential;
  if (changes.client_auth_methods !== undefined) {
    // keep the representation this client already had (JSON text or array)
    client.client_auth_methods =
      typeof client.client_auth_methods === 'string'
        ? JSON.stringify(changes.client_auth_methods)
        : [...changes.client_auth_methods];
  }
  if (changes.grant_types !== undefined) client.grant_types = [...changes.grant_types];
  if (changes.scopes !== undefined) client.scopes = [...changes.scopes];
  if (changes.redirect_uris !== undefined) client.redirect_uris = [...changes.redirect_uris];
  for (const key of OPTIONAL_TEXT) {
    const value = changes[key];
    // an empty string clears the field
    if (value !== undefined) client[key] = value === '' ? undefined : value;
  }
  if (client.is_confidential && client.secret_last_four === undefined) client.secret_last_four = 'a1b2';
  // updated_at is read at whole seconds: every update moves it on, so a lost-update check always sees it
  client.updated_at = Math.max(now, Math.floor(client.updated_at / SECOND) * SECOND + SECOND);
  return client;
}

/** Soft-deletes the client and revokes its active tokens. */
export function deleteClient(client: MockClient, now: number): void {
  client.deleted_at = now;
  client.updated_at = now;
  revokeClientTokens(client.tenant_id, client.client_id, now);
}

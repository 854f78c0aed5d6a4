import type { ClientChanges, MockClient } from '@/mocks/db';
import type { FieldViolation } from './errors';

/**
 * The strict server's rules over a client as it would be after an update (stored values merged with the body).
 * The mock is its own "server": it does not share code with the console's form, which checks the same rules.
 */
interface ClientState {
  is_confidential: boolean;
  client_auth_methods: string[];
  grant_types: string[];
  scopes: string[];
  redirect_uris: string[];
  jwks?: string;
  jwks_uri?: string;
  fapi_profile?: string;
  logo_url?: string;
  website?: string;
  terms_url?: string;
  privacy_policy?: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const NOT_REFRESH_ISSUING = new Set(['refresh_token', 'client_credentials', 'implicit']);
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
const FAPI_METHODS = new Set(['private_key_jwt', 'tls_client_auth']);

function authMethodsOf(client: MockClient): string[] {
  if (Array.isArray(client.client_auth_methods)) return client.client_auth_methods;
  try {
    const parsed: unknown = JSON.parse(client.client_auth_methods);
    return Array.isArray(parsed) ? parsed.filter((m): m is string => typeof m === 'string') : [];
  } catch {
    return [];
  }
}

/** The client as an update would leave it ('' clears an optional text field). */
export function mergedState(client: MockClient, changes: ClientChanges): ClientState {
  const text = (key: 'jwks' | 'jwks_uri' | 'fapi_profile' | 'logo_url' | 'website' | 'terms_url' | 'privacy_policy') => {
    const value = changes[key] ?? client[key];
    return value === '' ? undefined : value;
  };
  return {
    is_confidential: changes.is_confidential ?? client.is_confidential,
    client_auth_methods: changes.client_auth_methods ?? authMethodsOf(client),
    grant_types: changes.grant_types ?? client.grant_types,
    scopes: changes.scopes ?? client.scopes,
    redirect_uris: changes.redirect_uris ?? client.redirect_uris,
    jwks: text('jwks'),
    jwks_uri: text('jwks_uri'),
    fapi_profile: text('fapi_profile'),
    logo_url: text('logo_url'),
    website: text('website'),
    terms_url: text('terms_url'),
    privacy_policy: text('privacy_policy'),
  };
}

function parse(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function redirectUriProblem(uri: string): string | undefined {
  const url = /\s/.test(uri) ? undefined : parse(uri);
  if (!url) return 'must be an absolute URI';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') return LOOPBACK.has(url.hostname) ? undefined : 'must use https (http only for loopback)';
  return url.protocol.includes('.') ? undefined : `scheme ${url.protocol} is not allowed`;
}

function duplicates(field: string, values: string[]): FieldViolation[] {
  const seen = new Set<string>();
  return values.flatMap((value, index) => {
    const repeated = seen.has(value);
    seen.add(value);
    return repeated ? [{ field: `${field}[${index}]`, code: 'format' as const, description: `${field}[${index}] is a duplicate`, value }] : [];
  });
}

function jwksProblem(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'must be a JWK Set as JSON text';
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) return 'must have a non-empty keys array';
  for (const key of keys) {
    if (typeof key !== 'object' || key === null || typeof (key as { kty?: unknown }).kty !== 'string') return 'every key needs kty';
    if (PRIVATE_JWK_MEMBERS.some((member) => member in key)) return 'must not contain private key material';
  }
  return undefined;
}

/** Every rule the strict server enforces on the resulting client; an empty list when it may be saved. */
export function clientRuleViolations(state: ClientState): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const add = (field: string, description: string, value: unknown, code: FieldViolation['code'] = 'format') =>
    violations.push({ field, code, description: `${field} ${description}`, value });

  state.redirect_uris.forEach((uri, i) => {
    const problem = redirectUriProblem(uri);
    if (problem) add(`redirect_uris[${i}]`, problem, uri);
  });
  violations.push(...duplicates('redirect_uris', state.redirect_uris), ...duplicates('scopes', state.scopes));
  if (state.grant_types.includes('authorization_code') && state.redirect_uris.length === 0) {
    add('redirect_uris', 'must not be empty with authorization_code', [], 'required');
  }
  state.scopes.forEach((scope, i) => {
    if (scope === '' || /\s/.test(scope)) add(`scopes[${i}]`, 'must be a single scope token', scope);
  });

  const grants = state.grant_types;
  if (grants.includes('refresh_token') && grants.every((g) => NOT_REFRESH_ISSUING.has(g))) {
    add('grant_types', 'refresh_token needs a grant that issues refresh tokens', grants, 'enum');
  }
  if (grants.includes('client_credentials') && !state.is_confidential) {
    add('grant_types', 'client_credentials is only for confidential clients', grants, 'enum');
  }

  const methods = state.client_auth_methods;
  if (!state.is_confidential && (methods.length !== 1 || methods[0] !== 'none')) {
    add('client_auth_methods', 'of a public client must be ["none"]', methods, 'enum');
  }
  if (state.is_confidential && (methods.length === 0 || methods.includes('none'))) {
    add('client_auth_methods', 'of a confidential client must not be empty or none', methods, 'enum');
  }
  if (methods.includes('private_key_jwt') && !state.jwks && !state.jwks_uri) {
    add('jwks_uri', 'or jwks is required for private_key_jwt', state.jwks_uri, 'required');
  }
  if (state.jwks && state.jwks_uri) add('jwks', 'and jwks_uri must not both be set', state.jwks);
  if (state.jwks) {
    const problem = jwksProblem(state.jwks);
    if (problem) add('jwks', problem, '(not echoed)');
  }
  if (state.jwks_uri && parse(state.jwks_uri)?.protocol !== 'https:') add('jwks_uri', 'must be an https URL', state.jwks_uri);
  for (const field of ['logo_url', 'website', 'terms_url', 'privacy_policy'] as const) {
    const value = state[field];
    const protocol = value === undefined ? 'https:' : parse(value)?.protocol;
    if (protocol !== 'https:' && protocol !== 'http:') add(field, 'must be an absolute http(s) URL', value);
  }
  if (
    (state.fapi_profile === 'fapi1' || state.fapi_profile === 'fapi2') &&
    (!state.is_confidential || methods.length === 0 || !methods.every((m) => FAPI_METHODS.has(m)))
  ) {
    add('fapi_profile', 'needs a confidential client using only private_key_jwt or tls_client_auth', state.fapi_profile, 'enum');
  }
  return violations;
}

/**
 * The one demo client whose updates are refused as a `Problem` with field violations (the OAuth service otherwise
 * answers `SimpleResponse`). Its tenant also restricts where its redirect URIs may point: a rule only the server
 * knows, so the console's form lets such a URI through and shows the server's verdict on the input.
 */
export const FIELD_PROBLEM_CLIENT_ID = 'acme-hr-portal';
export const FIELD_PROBLEM_ALLOWED_HOST = 'hr.acme.example';

export function redirectHostViolations(redirectUris: string[]): FieldViolation[] {
  return redirectUris.flatMap((uri, i) => {
    const url = parse(uri);
    if (!url || url.protocol !== 'https:' || url.hostname === FIELD_PROBLEM_ALLOWED_HOST) return [];
    return [
      {
        field: `redirect_uris[${i}]`,
        code: 'format' as const,
        description: `host ${url.hostname} is not allowed by the tenant's redirect policy (allowed: ${FIELD_PROBLEM_ALLOWED_HOST})`,
        value: uri,
      },
    ];
  });
}

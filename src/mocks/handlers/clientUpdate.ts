import type { ClientChanges, ClientStatus } from '@/mocks/db';
import { invalidParameters, type FieldViolation } from './errors';

const STATUSES: readonly ClientStatus[] = ['active', 'suspended'];
const TEXT_FIELDS = ['jwks_uri', 'fapi_profile', 'logo_url', 'website', 'terms_url', 'privacy_policy'] as const;
const LIST_FIELDS = ['client_auth_methods', 'grant_types', 'scopes'] as const;
const UNSAFE_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:', 'file:']);
export const MAX_NAME_LENGTH = 100;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Why a redirect URI is refused, or undefined when it is fine (absolute, no fragment, no script scheme). */
function redirectUriProblem(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return 'must be an absolute URL';
  }
  if (UNSAFE_SCHEMES.has(url.protocol)) return `must not use the ${url.protocol} scheme`;
  if (uri.includes('#')) return 'must not contain a fragment';
  return undefined;
}

/**
 * Validates an `UpdateClientRequest` body (a strict subset of the server's rules: name, redirect_uris, status,
 * and the type of every field); unknown fields are ignored. Throws a 400 listing every problem.
 */
export function parseClientChanges(body: unknown): ClientChanges {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidParameters([
      { field: 'body', code: 'format', description: 'request body must be a JSON object', value: body ?? null },
    ]);
  }
  const input = body as Record<string, unknown>;
  const violations: FieldViolation[] = [];
  const changes: ClientChanges = {};
  const typeError = (field: string, expected: string) =>
    violations.push({ field, code: 'format', description: `${field} must be ${expected}`, value: input[field] });

  if (input.name !== undefined) {
    if (typeof input.name !== 'string') typeError('name', 'a string');
    else if (input.name.trim() === '') {
      violations.push({ field: 'name', code: 'required', description: 'name must not be empty', value: input.name });
    } else if (input.name.trim().length > MAX_NAME_LENGTH) {
      violations.push({
        field: 'name',
        code: 'length',
        description: `name must be at most ${MAX_NAME_LENGTH} characters`,
        value: input.name,
      });
    } else changes.name = input.name.trim();
  }

  if (input.status !== undefined) {
    if (typeof input.status === 'string' && (STATUSES as readonly string[]).includes(input.status)) {
      changes.status = input.status as ClientStatus;
    } else {
      violations.push({
        field: 'status',
        code: 'enum',
        description: `status must be one of: ${STATUSES.join(', ')}`,
        value: input.status,
      });
    }
  }

  if (input.is_confidential !== undefined) {
    if (typeof input.is_confidential === 'boolean') changes.is_confidential = input.is_confidential;
    else typeError('is_confidential', 'a boolean');
  }

  if (input.redirect_uris !== undefined) {
    if (!isStringArray(input.redirect_uris)) typeError('redirect_uris', 'an array of strings');
    else {
      input.redirect_uris.forEach((uri, index) => {
        const problem = redirectUriProblem(uri);
        if (problem) {
          violations.push({
            field: `redirect_uris[${index}]`,
            code: 'format',
            description: `redirect_uris[${index}] ${problem}`,
            value: uri,
          });
        }
      });
      changes.redirect_uris = input.redirect_uris;
    }
  }

  for (const field of LIST_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (isStringArray(value)) changes[field] = value;
    else typeError(field, 'an array of strings');
  }

  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (typeof value === 'string') changes[field] = value;
    else typeError(field, 'a string');
  }

  if (input.jwks !== undefined) {
    if (typeof input.jwks !== 'string') typeError('jwks', 'a string holding a JWK Set');
    else if (input.jwks.trim() !== '') {
      let keys: unknown;
      try {
        keys = (JSON.parse(input.jwks) as { keys?: unknown } | null)?.keys;
      } catch {
        keys = undefined;
      }
      if (Array.isArray(keys)) changes.jwks = input.jwks;
      else typeError('jwks', 'a JWK Set as JSON text ({"keys": [...]})');
    } else changes.jwks = '';
  }

  if (violations.length > 0) throw invalidParameters(violations);
  return changes;
}

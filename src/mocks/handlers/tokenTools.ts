import { http } from 'msw';
import {
  findSessionToken,
  MOCK_ISSUER,
  resetTenantTokenConfig,
  setTokenConfig,
  tokenConfigOf,
  tokenIdOfText,
  tokenStatus,
  type MockTokenConfig,
} from '@/mocks/db';
import { invalidParameters, type FieldViolation } from './errors';
import { SESSION_API } from './paths';
import { detailResponse } from './responses';
import { adminRoute, readJson } from './route';

/** The longest token text the mock reads (a real JWT is a few KB). */
const MAX_TOKEN_LENGTH = 16 * 1024;

const asRecord = (body: unknown): Record<string, unknown> | undefined =>
  body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;

type NumberField = Exclude<keyof MockTokenConfig, 'refresh_token_rotation'>;

/** Upper bounds of the numeric fields, in seconds (a count for max_sessions_per_user). */
const UPPER: Record<NumberField, number> = {
  access_token_ttl: 86_400,
  refresh_token_ttl: 31_536_000,
  id_token_ttl: 86_400,
  session_idle_timeout: 31_536_000,
  session_max_lifetime: 31_536_000,
  device_code_ttl: 3_600,
  refresh_token_reuse_window: 31_536_000,
  max_sessions_per_user: 1_000,
};
/** The fields that may be 0 (0 = no reuse window, no limit); the others are lifetimes of at least one second. */
const ZERO_ALLOWED = new Set<NumberField>(['refresh_token_reuse_window', 'max_sessions_per_user']);

/** The server-side rules of a TokenConfig PUT: each changed field, then the rules between fields of the result. */
function validateConfig(changes: Record<string, unknown>, current: MockTokenConfig): { next: MockTokenConfig; violations: FieldViolation[] } {
  const violations: FieldViolation[] = [];
  const next: MockTokenConfig = { ...current };
  for (const [field, value] of Object.entries(changes)) {
    if (field === 'refresh_token_rotation') {
      if (typeof value === 'boolean') next.refresh_token_rotation = value;
      else violations.push({ field, code: 'format', description: `${field} must be a boolean`, value });
      continue;
    }
    if (!(field in UPPER)) {
      violations.push({ field, code: 'format', description: `${field} is not a setting`, value });
      continue;
    }
    const key = field as NumberField;
    const min = ZERO_ALLOWED.has(key) ? 0 : 1;
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      violations.push({ field, code: 'format', description: `${field} must be a whole number`, value });
    } else if (value < min || value > UPPER[key]) {
      violations.push({ field, code: 'range', description: `${field} must be between ${min} and ${UPPER[key]}`, value });
    } else next[key] = value;
  }
  if (violations.length === 0) {
    if (next.refresh_token_ttl <= next.access_token_ttl) {
      violations.push({ field: 'refresh_token_ttl', code: 'range', description: 'refresh_token_ttl must be longer than access_token_ttl', value: next.refresh_token_ttl });
    }
    if (next.session_idle_timeout > next.session_max_lifetime) {
      violations.push({ field: 'session_idle_timeout', code: 'range', description: 'session_idle_timeout must not exceed session_max_lifetime', value: next.session_idle_timeout });
    }
    if (next.refresh_token_reuse_window >= next.refresh_token_ttl) {
      violations.push({ field: 'refresh_token_reuse_window', code: 'range', description: 'refresh_token_reuse_window must be shorter than refresh_token_ttl', value: next.refresh_token_reuse_window });
    }
  }
  return { next, violations };
}

/** Token tools of the session service (ASSUMED bodies: see src/api/tokenIntrospection.ts, src/api/tokenConfig.ts). */
export const tokenToolHandlers = [
  // RFC 7662: the facts of an active token; `{active: false}` and nothing more for any other (revoked, expired,
  // unknown, another tenant's, not a token at all).
  http.post(
    `${SESSION_API}/admin/tokens/introspect`,
    adminRoute('session', async ({ request, identity, now }) => {
      const token = asRecord(await readJson(request))?.token;
      if (typeof token !== 'string' || token.trim() === '') {
        throw invalidParameters([{ field: 'token', code: 'required', description: 'token is required', value: null }]);
      }
      if (token.length > MAX_TOKEN_LENGTH) {
        throw invalidParameters([{ field: 'token', code: 'length', description: `token must be at most ${MAX_TOKEN_LENGTH} characters`, value: null }]);
      }
      const id = tokenIdOfText(token.trim());
      const found = id === undefined ? undefined : findSessionToken(identity.tenantId, id);
      if (!found || tokenStatus(found, now) !== 'active') return detailResponse({ active: false });
      return detailResponse({
        active: true,
        scope: found.scope,
        client_id: found.client_id,
        username: found.user_id,
        token_type: found.token_type === 'access' ? 'access_token' : 'refresh_token',
        exp: Math.floor(found.expires_at / 1000),
        iat: Math.floor(found.created_at / 1000),
        nbf: Math.floor(found.created_at / 1000),
        sub: found.user_id,
        aud: found.client_id,
        iss: MOCK_ISSUER,
        jti: found.id,
      });
    }),
  ),

  http.get(
    `${SESSION_API}/admin/tokens/config`,
    adminRoute('session', ({ identity }) => detailResponse(tokenConfigOf(identity.tenantId))),
  ),

  http.put(
    `${SESSION_API}/admin/tokens/config`,
    adminRoute('session', async ({ request, identity }) => {
      const changes = asRecord(await readJson(request));
      if (!changes) {
        throw invalidParameters([{ field: 'body', code: 'format', description: 'body must be a JSON object', value: null }]);
      }
      const { next, violations } = validateConfig(changes, tokenConfigOf(identity.tenantId));
      if (violations.length > 0) throw invalidParameters(violations);
      setTokenConfig(identity.tenantId, next);
      return detailResponse(next);
    }),
  ),

  http.delete(
    `${SESSION_API}/admin/tokens/config`,
    adminRoute('session', ({ identity }) => detailResponse(resetTenantTokenConfig(identity.tenantId))),
  ),
];


import { DEMO_TENANT_ID } from '@/mocks/identities';
import { getMockDb } from './store';
import { tokenStatus } from './tokens';
import type { MockToken } from './types';

/**
 * The mock's tokens have ids but no token text (the API never returns it). For the inspector, the mock makes a
 * JWT-looking text for any token (header.payload.signature, `jti` = the token's id) and an opaque text for a
 * refresh token; introspection reads the id back from either. The signature is not a real one: nothing verifies it.
 */
export const MOCK_ISSUER = 'https://auth.acme.example';
const OPAQUE_PREFIX = 'authms_rt_';

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A stable pseudo-signature: 32 bytes derived from the id (FNV-1a rounds), so the same token gives the same text. */
function fakeSignature(seed: string): string {
  let hash = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 32; round += 1) {
    for (let i = 0; i < seed.length; i += 1) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ round, 0x01000193) >>> 0;
    out += String.fromCharCode(hash & 0xff);
  }
  return btoa(out).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface JwtClaimsInput {
  jti: string;
  sub?: string;
  client_id: string;
  scope: string;
  iat: number;
  exp: number;
  /** Extra claims, e.g. a hostile value for the inspector's tests. */
  extra?: Record<string, unknown>;
}

export function mockJwt({ jti, sub, client_id, scope, iat, exp, extra }: JwtClaimsInput): string {
  const header = { alg: 'RS256', typ: 'at+jwt', kid: 'mock-2026' };
  const payload = {
    iss: MOCK_ISSUER,
    sub,
    aud: client_id,
    client_id,
    scope,
    iat: Math.floor(iat / 1000),
    nbf: Math.floor(iat / 1000),
    exp: Math.floor(exp / 1000),
    jti,
    tenant_id: DEMO_TENANT_ID,
    ...extra,
  };
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${fakeSignature(jti)}`;
}

/** The JWT-looking text of a token of the mock. */
export function tokenJwt(token: MockToken): string {
  return mockJwt({
    jti: token.id,
    sub: token.user_id,
    client_id: token.client_id,
    scope: token.scope,
    iat: token.created_at,
    exp: token.expires_at,
  });
}

/** An opaque text for a refresh token (not a JWT: no dots). */
export function tokenOpaque(token: MockToken): string {
  return `${OPAQUE_PREFIX}${token.id}_${fakeSignature(`${token.id}:opaque`).slice(0, 24)}`;
}

function decodeSegment(segment: string): unknown {
  const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

/** The token id a text names (a JWT's `jti`, or an opaque text's id), if it is one the mock made. */
export function tokenIdOfText(text: string): string | undefined {
  if (text.startsWith(OPAQUE_PREFIX)) return /^authms_rt_(tok_[a-z0-9]+)_/.exec(text)?.[1];
  const parts = text.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const payload = decodeSegment(parts[1]);
    const jti = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).jti : undefined;
    return typeof jti === 'string' ? jti : undefined;
  } catch {
    return undefined;
  }
}

export type SampleKind = 'active' | 'revoked' | 'expired' | 'unknown' | 'opaque';

/** Sample token texts for the demo's inspector: one of each kind, from the demo tenant's tokens at `now`. */
export function sampleTokenTexts(now: number): Record<SampleKind, string | undefined> {
  const tokens = getMockDb().tokens.filter((t) => t.tenant_id === DEMO_TENANT_ID && t.user_id !== undefined);
  const find = (status: string, type?: string) =>
    tokens.find((t) => tokenStatus(t, now) === status && (type === undefined || t.token_type === type));
  const active = find('active', 'access');
  const revoked = find('revoked');
  const expired = find('expired');
  const refresh = find('active', 'refresh');
  return {
    active: active && tokenJwt(active),
    revoked: revoked && tokenJwt(revoked),
    expired: expired && tokenJwt(expired),
    unknown: mockJwt({
      jti: 'tok_unknown0000',
      sub: 'usr_nobody',
      client_id: 'acme-web-portal',
      scope: 'openid profile',
      iat: now - 60_000,
      exp: now + 3_600_000,
    }),
    opaque: refresh && tokenOpaque(refresh),
  };
}

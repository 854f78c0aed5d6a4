/*
 * Reading a JWT locally, without verifying it: the server verifies; this only shows what a token says. Never
 * throws, whatever the input (bad base64, bad JSON, a huge paste).
 */

/** The longest input read (a real JWT is a few KB); longer input is refused before any decoding. */
export const MAX_TOKEN_INPUT = 16 * 1024;

export interface TidiedToken {
  token: string;
  /** A leading `Bearer ` (any case) was taken off. */
  bearerRemoved: boolean;
  /** Whitespace (spaces, line breaks from a wrapped paste) was taken out. */
  whitespaceRemoved: boolean;
}

/** What an admin pasted, as a token: surrounding and inner whitespace removed, a `Bearer ` prefix taken off. */
export function tidyTokenInput(raw: string): TidiedToken {
  let text = raw.trim();
  const bearer = /^bearer\s+/i.exec(text);
  if (bearer) text = text.slice(bearer[0].length);
  const token = text.replace(/\s+/g, '');
  return { token, bearerRemoved: bearer !== null, whitespaceRemoved: token !== text || raw !== raw.trim() };
}

export type JwtProblem = 'empty' | 'too-long' | 'not-jwt' | 'encrypted' | 'bad-base64' | 'bad-json';

export type DecodedJwt =
  | { ok: true; header: Record<string, unknown>; payload: Record<string, unknown>; signed: boolean }
  | { ok: false; problem: JwtProblem };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** A base64url segment as UTF-8 text, or undefined when it is not base64url. */
export function decodeBase64Url(segment: string): string | undefined {
  if (!BASE64URL.test(segment) || segment.length % 4 === 1) return undefined;
  try {
    const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The header and claims of a JWS compact token (`header.payload.signature`), or why it cannot be read. */
export function decodeJwt(token: string): DecodedJwt {
  if (token === '') return { ok: false, problem: 'empty' };
  if (token.length > MAX_TOKEN_INPUT) return { ok: false, problem: 'too-long' };
  const parts = token.split('.');
  if (parts.length === 5) return { ok: false, problem: 'encrypted' };
  if (parts.length !== 3 || !parts[0] || !parts[1]) return { ok: false, problem: 'not-jwt' };
  const headerText = decodeBase64Url(parts[0]);
  const payloadText = decodeBase64Url(parts[1]);
  if (headerText === undefined || payloadText === undefined || !BASE64URL.test(parts[2] ?? '')) {
    return { ok: false, problem: 'bad-base64' };
  }
  const header = jsonObject(headerText);
  const payload = jsonObject(payloadText);
  if (!header || !payload) return { ok: false, problem: 'bad-json' };
  return { ok: true, header, payload, signed: (parts[2] ?? '') !== '' };
}

/** Claims that hold a time, in seconds since the epoch (RFC 7519 §4.1, OIDC `auth_time`). */
export const TIME_CLAIMS: ReadonlySet<string> = new Set(['exp', 'iat', 'nbf', 'auth_time']);

/**
 * The tenant named in a JWT access token's claims, read without verifying (the server verifies; this is only a
 * label for the shell). Opaque tokens have none.
 */
export function tenantFromToken(token: string): string | undefined {
  const decoded = decodeJwt(token);
  if (!decoded.ok) return undefined;
  const claims = decoded.payload;
  const tenant = claims.tenant_name ?? claims.tenant_id ?? claims.tid ?? claims.tenant;
  return typeof tenant === 'string' ? tenant : undefined;
}

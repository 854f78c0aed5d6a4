/**
 * The little JOSE the mock authorization server needs, on Web Crypto (Node 20 and browsers alike): base64url,
 * SHA-256, random values, an ES256 key that signs ID tokens, and the check of a DPoP proof (RFC 9449 §4.3).
 * Written to work across realms (jsdom tests hand Node's typed arrays around): no `instanceof` on buffers.
 */

const encoder = new TextEncoder();

export function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = new Uint8Array(bytes as ArrayBuffer);
  let binary = '';
  for (let i = 0; i < view.length; i += 1) binary += String.fromCharCode(view[i] ?? 0);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64urlDecode(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function base64urlJson(value: unknown): string {
  return base64url(encoder.encode(JSON.stringify(value)));
}

export async function sha256(text: string): Promise<string> {
  return base64url(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** An unguessable opaque value with a readable prefix (`at_…`, `rt_…`, `code_…`). */
export function randomValue(prefix: string, bytes = 24): string {
  return `${prefix}_${base64url(crypto.getRandomValues(new Uint8Array(bytes)))}`;
}

const ES256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ES256_SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JsonWebKey;
}

let signingKey: Promise<SigningKey> | undefined;

/** The mock server's ID-token key, made on first use and kept for the life of the process (or the demo tab). */
export function idTokenKey(): Promise<SigningKey> {
  signingKey ??= (async () => {
    const pair = (await crypto.subtle.generateKey(ES256, true, ['sign', 'verify'])) as CryptoKeyPair;
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const publicJwk: JsonWebKey = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
    return { kid: (await jwkThumbprint(publicJwk)).slice(0, 16), privateKey: pair.privateKey, publicJwk };
  })();
  return signingKey;
}

/** A compact JWS, ES256. */
export async function signJwt(payload: Record<string, unknown>): Promise<string> {
  const key = await idTokenKey();
  const input = `${base64urlJson({ alg: 'ES256', typ: 'JWT', kid: key.kid })}.${base64urlJson(payload)}`;
  const signature = await crypto.subtle.sign(ES256_SIGN, key.privateKey, encoder.encode(input));
  return `${input}.${base64url(signature)}`;
}

/** RFC 7638 thumbprint of an EC public key. */
export async function jwkThumbprint(jwk: JsonWebKey): Promise<string> {
  return sha256(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }));
}

function decodeJson(part: string | undefined): Record<string, unknown> | undefined {
  if (!part) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(base64urlDecode(part)));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export interface DPoPProof {
  /** Thumbprint of the key that signed the proof: what a bound token is bound to. */
  jkt: string;
  nonce?: string;
  ath?: string;
}

/**
 * Checks a DPoP proof for a request: typ, alg (ES256 only, as the mock advertises), the embedded public key and
 * the signature, `htm`, `htu` (without query), a fresh `iat`, a `jti`. Returns the proof's key thumbprint, or a
 * reason it is invalid.
 */
export async function verifyDPoPProof(
  proof: string | null,
  method: string,
  url: string,
  now: number,
): Promise<DPoPProof | { invalid: string }> {
  if (!proof) return { invalid: 'DPoP proof missing' };
  const [head, body, signature] = proof.split('.');
  const header = decodeJson(head);
  const claims = decodeJson(body);
  if (!header || !claims || !signature) return { invalid: 'DPoP proof is not a JWS' };
  if (header.typ !== 'dpop+jwt' || header.alg !== 'ES256') return { invalid: 'DPoP proof must be typ dpop+jwt, alg ES256' };
  const jwk = header.jwk as JsonWebKey | undefined;
  if (!jwk || jwk.kty !== 'EC' || jwk.crv !== 'P-256') return { invalid: 'DPoP proof has no P-256 jwk' };
  let valid: boolean;
  try {
    const key = await crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, ES256, false, ['verify']);
    valid = await crypto.subtle.verify(ES256_SIGN, key, base64urlDecode(signature), encoder.encode(`${head}.${body}`));
  } catch {
    valid = false;
  }
  if (!valid) return { invalid: 'DPoP proof signature does not verify' };
  const target = new URL(url);
  if (claims.htm !== method.toUpperCase()) return { invalid: 'DPoP proof htm does not match' };
  if (claims.htu !== `${target.origin}${target.pathname}`) return { invalid: 'DPoP proof htu does not match' };
  if (typeof claims.iat !== 'number' || Math.abs(claims.iat - now / 1000) > 300) return { invalid: 'DPoP proof iat is not fresh' };
  if (typeof claims.jti !== 'string') return { invalid: 'DPoP proof has no jti' };
  return {
    jkt: await jwkThumbprint(jwk),
    ...(typeof claims.nonce === 'string' ? { nonce: claims.nonce } : {}),
    ...(typeof claims.ath === 'string' ? { ath: claims.ath } : {}),
  };
}

import { randomValue } from './jose';
import {
  isConsoleClient,
  isConsoleRedirectUri,
  oauthState,
  OAUTH_ACCOUNTS,
  type AccountKey,
  type AuthorizationRequest,
} from './state';

/** A code is good for this long (RFC 6749 §4.1.2 recommends at most 10 minutes). */
const CODE_LIFETIME_MS = 60_000;
/** A pushed request's request_uri is good for this long (RFC 9126 §2.2). */
export const PUSHED_LIFETIME_S = 60;

export type ReadRequest =
  | { ok: true; request: AuthorizationRequest }
  /** Not redirected back (RFC 6749 §4.1.2.1): the client or its redirect URI is not known. */
  | { ok: false; redirect: false; message: string }
  /** Redirected back with an error. */
  | { ok: false; redirect: true; request: AuthorizationRequest; error: string; description: string };

/**
 * Reads an authorization request from its parameters (the query, the consent form, or a pushed request's
 * request_uri) and checks it as authms would: a known public client, its redirect URI, a code response with PKCE S256.
 */
export function readAuthorizationRequest(params: URLSearchParams, now = Date.now()): ReadRequest {
  const requestUri = params.get('request_uri');
  let request: AuthorizationRequest;
  if (requestUri) {
    const pushed = oauthState().pushed.get(requestUri);
    if (!pushed || pushed.expiresAt <= now) return { ok: false, redirect: false, message: 'request_uri is unknown or expired' };
    if (params.get('client_id') !== pushed.request.client_id) return { ok: false, redirect: false, message: 'client_id does not match the pushed request' };
    request = pushed.request;
  } else {
    request = {
      response_type: params.get('response_type') ?? '',
      client_id: params.get('client_id') ?? '',
      redirect_uri: params.get('redirect_uri') ?? '',
      scope: params.get('scope') ?? '',
      code_challenge: params.get('code_challenge') ?? '',
      code_challenge_method: params.get('code_challenge_method') ?? '',
      ...(params.get('state') !== null ? { state: params.get('state') ?? '' } : {}),
      ...(params.get('nonce') !== null ? { nonce: params.get('nonce') ?? '' } : {}),
      ...(params.get('prompt') !== null ? { prompt: params.get('prompt') ?? '' } : {}),
    };
  }
  return checkRequest(request);
}

export function checkRequest(request: AuthorizationRequest): ReadRequest {
  if (!isConsoleClient(request.client_id)) return { ok: false, redirect: false, message: `unknown client_id "${request.client_id}"` };
  if (!isConsoleRedirectUri(request.redirect_uri)) {
    return { ok: false, redirect: false, message: `redirect_uri "${request.redirect_uri}" is not registered for this client` };
  }
  const fail = (error: string, description: string): ReadRequest => ({ ok: false, redirect: true, request, error, description });
  if (request.response_type !== 'code') return fail('unsupported_response_type', 'only response_type=code is supported');
  if (!request.code_challenge || request.code_challenge_method !== 'S256') {
    return fail('invalid_request', 'PKCE with code_challenge_method=S256 is required');
  }
  if (!request.scope.split(' ').includes('openid')) return fail('invalid_scope', 'the scope must include openid');
  if (request.prompt === 'none') return fail('login_required', 'the user must sign in');
  return { ok: true, request };
}

/** Where the browser goes back to: the redirect URI with the code (or the error), the state and the issuer. */
function backToClient(request: AuthorizationRequest, issuer: string, answer: Record<string, string>): string {
  const url = new URL(request.redirect_uri);
  for (const [key, value] of Object.entries(answer)) url.searchParams.set(key, value);
  if (request.state !== undefined) url.searchParams.set('state', request.state);
  // RFC 9207: only where the discovery document says so, so a console without discovery compares nothing
  if (oauthState().settings.discovery === 'on') url.searchParams.set('iss', issuer);
  return url.href;
}

export function errorRedirect(request: AuthorizationRequest, issuer: string, error: string, description: string): string {
  return backToClient(request, issuer, { error, error_description: description });
}

/** The admin's answer on the consent page: a code for the chosen account, or access_denied. */
export function decide(
  request: AuthorizationRequest,
  issuer: string,
  decision: 'approve' | 'deny',
  account: AccountKey = 'admin',
  now = Date.now(),
): string {
  const state = oauthState();
  state.log.authorizations.push({ decision, ...(decision === 'approve' ? { account } : {}), at: now });
  if (decision === 'deny') return errorRedirect(request, issuer, 'access_denied', 'The user denied the request.');
  const code = randomValue('code');
  state.codes.set(code, { request, account, issuer, expiresAt: now + CODE_LIFETIME_MS, used: false });
  return backToClient(request, issuer, { code });
}

export function isAccountKey(value: unknown): value is AccountKey {
  return typeof value === 'string' && Object.hasOwn(OAUTH_ACCOUNTS, value);
}

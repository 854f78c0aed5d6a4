import { DEMO_TENANT_NAME } from '@/mocks/identities';
import { randomValue, sha256, signJwt, verifyDPoPProof } from './jose';
import {
  isConsoleClient,
  OAUTH_ACCOUNTS,
  oauthState,
  revokeFamily,
  type AccountKey,
  type IssuedToken,
  type OAuthState,
} from './state';

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...NO_STORE, ...headers } });
}

/** RFC 6749 §5.2 error answer. */
function oauthError(status: number, error: string, description: string, headers: Record<string, string> = {}): Response {
  return json(status, { error, error_description: description }, headers);
}

function issueNonce(state: OAuthState): string {
  const nonce = randomValue('nonce', 12);
  state.dpopNonces.add(nonce);
  return nonce;
}

interface Issue {
  account: AccountKey;
  scope: string;
  family: string;
  jkt?: string;
  idToken?: { issuer: string; clientId: string; nonce?: string };
}

async function issueTokens(state: OAuthState, issue: Issue, now: number, headers: Record<string, string>): Promise<Response> {
  const { settings } = state;
  const accessToken = randomValue('at');
  const refreshToken = randomValue('rt');
  const base = { family: issue.family, account: issue.account, scope: issue.scope, spent: false, revoked: false, ...(issue.jkt ? { jkt: issue.jkt } : {}) };
  state.tokens.set(accessToken, { ...base, kind: 'access_token', expiresAt: now + settings.accessTokenSeconds * 1000 });
  state.tokens.set(refreshToken, { ...base, kind: 'refresh_token', expiresAt: now + settings.refreshTokenSeconds * 1000 });
  const body: Record<string, unknown> = {
    access_token: accessToken,
    token_type: issue.jkt ? 'DPoP' : 'Bearer',
    expires_in: settings.accessTokenSeconds,
    refresh_token: refreshToken,
    scope: issue.scope,
  };
  if (issue.idToken) {
    const account = OAUTH_ACCOUNTS[issue.account];
    const seconds = Math.floor(now / 1000);
    body.id_token = await signJwt({
      iss: issue.idToken.issuer,
      sub: account.identity.userId,
      aud: issue.idToken.clientId,
      iat: seconds,
      exp: seconds + 300,
      auth_time: seconds,
      ...(issue.idToken.nonce !== undefined ? { nonce: issue.idToken.nonce } : {}),
      name: account.name,
      preferred_username: account.username,
      email: account.email,
      tenant_id: account.identity.tenantId,
      tenant_name: DEMO_TENANT_NAME,
    });
  }
  return json(200, body, headers);
}

/**
 * `POST {oauth}/oauth/token` for the console's public client: the authorization-code grant (code single-use,
 * redirect URI and PKCE verifier checked) and the refresh-token grant (rotation: the old refresh token is spent,
 * and using a spent one revokes its whole family). With DPoP on, a proof is required, first asked for a nonce,
 * and the tokens are bound to its key.
 */
export async function tokenEndpoint(request: Request): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  const state = oauthState();
  const now = Date.now();
  const grant = form.get('grant_type') ?? '';
  const headers: Record<string, string> = {};
  const fail = (status: number, error: string, description: string): Response => {
    state.log.tokenRequests.push({ grant_type: grant, outcome: error, at: now });
    return oauthError(status, error, description, headers);
  };

  if (!isConsoleClient(form.get('client_id'))) return fail(401, 'invalid_client', 'unknown client');

  let jkt: string | undefined;
  if (state.settings.dpop) {
    const proof = await verifyDPoPProof(request.headers.get('DPoP'), 'POST', request.url, now);
    if ('invalid' in proof) return fail(400, 'invalid_dpop_proof', proof.invalid);
    if (!proof.nonce || !state.dpopNonces.has(proof.nonce)) {
      headers['DPoP-Nonce'] = issueNonce(state);
      return fail(400, 'use_dpop_nonce', 'a DPoP nonce is required');
    }
    jkt = proof.jkt;
  }

  if (grant === 'authorization_code') {
    const code = state.codes.get(form.get('code') ?? '');
    if (!code) return fail(400, 'invalid_grant', 'the authorization code is unknown');
    if (code.used) {
      // RFC 6749 §4.1.2: a code used twice revokes what was issued for it
      if (code.family) revokeFamily(code.family);
      return fail(400, 'invalid_grant', 'the authorization code was already used');
    }
    code.used = true;
    if (code.expiresAt <= now) return fail(400, 'invalid_grant', 'the authorization code expired');
    if (form.get('client_id') !== code.request.client_id) return fail(400, 'invalid_grant', 'the code was issued to another client');
    if (form.get('redirect_uri') !== code.request.redirect_uri) return fail(400, 'invalid_grant', 'redirect_uri does not match the authorization request');
    const verifier = form.get('code_verifier');
    if (!verifier || (await sha256(verifier)) !== code.request.code_challenge) {
      return fail(400, 'invalid_grant', 'PKCE verification failed');
    }
    state.families += 1;
    code.family = `fam_${state.families}`;
    state.log.tokenRequests.push({ grant_type: grant, outcome: 'ok', at: now });
    const openid = code.request.scope.split(' ').includes('openid');
    return issueTokens(
      state,
      {
        account: code.account,
        scope: code.request.scope,
        family: code.family,
        ...(jkt ? { jkt } : {}),
        ...(openid ? { idToken: { issuer: code.issuer, clientId: code.request.client_id, ...(code.request.nonce !== undefined ? { nonce: code.request.nonce } : {}) } } : {}),
      },
      now,
      headers,
    );
  }

  if (grant === 'refresh_token') {
    const value = form.get('refresh_token') ?? '';
    const token: IssuedToken | undefined = state.tokens.get(value);
    if (!token || token.kind !== 'refresh_token') return fail(400, 'invalid_grant', 'the refresh token is unknown');
    if (state.settings.failNextRefresh) {
      state.settings.failNextRefresh = false;
      revokeFamily(token.family);
      return fail(400, 'invalid_grant', 'the refresh token was revoked');
    }
    if (token.spent) {
      // reuse of a rotated refresh token: someone else holds the family, so all of it goes
      revokeFamily(token.family);
      return fail(400, 'invalid_grant', 'the refresh token was already used');
    }
    if (token.revoked) return fail(400, 'invalid_grant', 'the refresh token was revoked');
    if (token.expiresAt <= now) return fail(400, 'invalid_grant', 'the refresh token expired');
    if (token.jkt !== jkt) return fail(400, 'invalid_grant', 'the refresh token is bound to another DPoP key');
    token.spent = true;
    state.log.tokenRequests.push({ grant_type: grant, outcome: 'ok', at: now });
    return issueTokens(state, { account: token.account, scope: token.scope, family: token.family, ...(jkt ? { jkt } : {}) }, now, headers);
  }

  return fail(400, 'unsupported_grant_type', `grant_type "${grant}" is not supported`);
}

/** `POST {oauth}/oauth/revoke` (RFC 7009): always 200 for the known client; records what was revoked. */
export async function revocationEndpoint(request: Request): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  const state = oauthState();
  const now = Date.now();
  if (!isConsoleClient(form.get('client_id'))) return oauthError(401, 'invalid_client', 'unknown client');
  const value = form.get('token') ?? '';
  const token = state.tokens.get(value);
  const hint = form.get('token_type_hint') ?? undefined;
  if (!token) {
    state.log.revocations.push({ ...(hint ? { token_type_hint: hint } : {}), kind: 'unknown', wasActive: false, wasCurrent: false, at: now });
    return new Response(null, { status: 200 });
  }
  const latest = [...state.tokens.values()].filter((t) => t.family === token.family && t.kind === token.kind).at(-1);
  state.log.revocations.push({
    ...(hint ? { token_type_hint: hint } : {}),
    kind: token.kind,
    wasActive: !token.revoked && !token.spent && token.expiresAt > now,
    wasCurrent: latest === token,
    at: now,
  });
  token.revoked = true;
  // §2.1: revoking a refresh token also ends the access tokens of the same grant
  if (token.kind === 'refresh_token') revokeFamily(token.family);
  return new Response(null, { status: 200 });
}

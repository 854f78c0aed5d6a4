import { sha256 } from '@/mocks/oauth/jose';
import { oauthState, updateOAuthSettings } from '@/mocks/oauth/state';
import { withNodeTypedArrays } from '@/mocks/oauth/testing';
import { OAUTH, TEST_ORIGIN } from './testing';

withNodeTypedArrays();

const REDIRECT_URI = 'http://console.test/auth/callback';
const VERIFIER = 'a-code-verifier-of-the-console-that-is-long-enough-0123456789';

const form = (url: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body),
  });

async function authorizeParams(extra: Record<string, string> = {}) {
  return {
    response_type: 'code',
    client_id: 'authms-console',
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile',
    state: 'st',
    nonce: 'nn',
    code_challenge: await sha256(VERIFIER),
    code_challenge_method: 'S256',
    ...extra,
  };
}

/** The consent page's Approve: the code in the redirect back to the console. */
async function approve(account = 'admin'): Promise<string> {
  const response = await form(`${OAUTH}/oauth/authorize`, { ...(await authorizeParams()), decision: 'approve', account });
  expect(response.status).toBe(302);
  const back = new URL(response.headers.get('Location') ?? '');
  expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
  expect(back.searchParams.get('state')).toBe('st');
  expect(back.searchParams.get('iss')).toBe(TEST_ORIGIN);
  return back.searchParams.get('code') ?? '';
}

const exchange = (code: string, verifier = VERIFIER) =>
  form(`${OAUTH}/oauth/token`, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: 'authms-console', code_verifier: verifier });
const refresh = (token: string) => form(`${OAUTH}/oauth/token`, { grant_type: 'refresh_token', refresh_token: token, client_id: 'authms-console' });

describe('the mock authorization server', () => {
  it('publishes discovery with the issuer and the endpoints under the OAuth prefix', async () => {
    const doc = (await (await fetch(`${TEST_ORIGIN}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(doc).toMatchObject({ issuer: TEST_ORIGIN, token_endpoint: `${OAUTH}/oauth/token`, code_challenge_methods_supported: ['S256'] });
    updateOAuthSettings({ discovery: 'off' });
    expect((await fetch(`${TEST_ORIGIN}/.well-known/openid-configuration`)).status).toBe(404);
  });

  it('shows a sign-in and consent page with Approve and Deny, request values escaped', async () => {
    const query = new URLSearchParams(await authorizeParams({ state: '"><script>alert(1)</script>' }));
    const response = await fetch(`${OAUTH}/oauth/authorize?${query}`);
    const html = await response.text();
    expect(response.headers.get('Content-Type')).toContain('text/html');
    expect(html).toContain('value="approve">Approve</button>');
    expect(html).toContain('value="deny">Deny</button>');
    expect(html).not.toContain('<script>');
  });

  it('does not redirect to an unknown client or redirect URI', async () => {
    const response = await fetch(`${OAUTH}/oauth/authorize?${new URLSearchParams(await authorizeParams({ redirect_uri: 'https://evil.test/cb' }))}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
  });

  it('answers Deny with access_denied', async () => {
    const response = await form(`${OAUTH}/oauth/authorize`, { ...(await authorizeParams()), decision: 'deny' });
    expect(new URL(response.headers.get('Location') ?? '').searchParams.get('error')).toBe('access_denied');
  });

  it('checks the PKCE verifier', async () => {
    const response = await exchange(await approve(), 'another-verifier-another-verifier-another-verifier-0123');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant', error_description: 'PKCE verification failed' });
  });

  it('uses a code once; using it again revokes what it gave', async () => {
    const code = await approve();
    const first = (await (await exchange(code)).json()) as { access_token: string; refresh_token: string; id_token: string; token_type: string };
    expect(first).toMatchObject({ token_type: 'Bearer', expires_in: 600 });
    expect(first.id_token.split('.')).toHaveLength(3);
    const again = await exchange(code);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' });
    expect(oauthState().tokens.get(first.refresh_token)?.revoked).toBe(true);
  });

  it('rotates refresh tokens: the old one is spent, and sending it again revokes the family', async () => {
    const tokens = (await (await exchange(await approve())).json()) as { refresh_token: string };
    const rotated = (await (await refresh(tokens.refresh_token)).json()) as { access_token: string; refresh_token: string };
    expect(rotated.refresh_token).not.toBe(tokens.refresh_token);
    expect(oauthState().tokens.get(tokens.refresh_token)?.spent).toBe(true);
    const reused = await refresh(tokens.refresh_token);
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant', error_description: 'the refresh token was already used' });
    expect(oauthState().tokens.get(rotated.refresh_token)?.revoked).toBe(true);
    const api = await fetch(`${OAUTH}/admin/oauth/clients`, { headers: { Authorization: `Bearer ${rotated.access_token}` } });
    expect(api.status).toBe(401);
  });

  it('revokes and records it; userinfo names the user; a viewer is no admin', async () => {
    const tokens = (await (await exchange(await approve('viewer'))).json()) as { access_token: string; refresh_token: string };
    const me = await fetch(`${OAUTH}/oauth/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(await me.json()).toMatchObject({ sub: 'usr_demoviewer001', name: 'Victor Viewer' });
    expect((await fetch(`${OAUTH}/admin/oauth/clients`, { headers: { Authorization: `Bearer ${tokens.access_token}` } })).status).toBe(403);
    const revoked = await form(`${OAUTH}/oauth/revoke`, { token: tokens.refresh_token, token_type_hint: 'refresh_token', client_id: 'authms-console' });
    expect(revoked.status).toBe(200);
    expect(oauthState().log.revocations).toEqual([
      expect.objectContaining({ token_type_hint: 'refresh_token', kind: 'refresh_token', wasActive: true, wasCurrent: true }),
    ]);
    expect((await fetch(`${OAUTH}/oauth/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } })).status).toBe(401);
  });

  it('takes a pushed request when PAR is on (201)', async () => {
    updateOAuthSettings({ par: true });
    const pushed = await form(`${OAUTH}/oauth/pushed-authorization`, await authorizeParams());
    expect(pushed.status).toBe(201);
    const { request_uri } = (await pushed.json()) as { request_uri: string };
    const page = await fetch(`${OAUTH}/oauth/authorize?${new URLSearchParams({ client_id: 'authms-console', request_uri })}`);
    expect(page.status).toBe(200);
  });

  it('publishes the ID-token key and hands out DPoP nonces', async () => {
    const jwks = (await (await fetch(`${OAUTH}/oauth/jwks`)).json()) as { keys: { kty: string; alg: string }[] };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', alg: 'ES256' })]);
    const nonce = await fetch(`${OAUTH}/oauth/dpop/nonce`);
    expect(nonce.headers.get('DPoP-Nonce')).toEqual(expect.any(String));
  });
});

import { http, HttpResponse } from 'msw';
import { authorizeAnswer, OAUTH_TEST_BASE_URL, setUpOAuthTestServer, signInWithAuthms } from '@/mocks/oauth/testing';
import { getCredentials } from '@/api/credentials';
import { isApiError } from '@/api/errors';
import { server } from '@/mocks/node';
import { oauthState, updateOAuthSettings } from '@/mocks/oauth/state';
import { beginSignIn, completeSignIn } from './auth/protocol';
import { endSession, REFRESH_LEAD_MS, signOutStore, startOAuthSession } from './session';
import { listTokens } from './tokens';

setUpOAuthTestServer();

const TOKEN_URL = `${OAUTH_TEST_BASE_URL}/oauth/api/v1/oauth/token`;
const REVOKE_URL = `${OAUTH_TEST_BASE_URL}/oauth/api/v1/oauth/revoke`;
const refreshes = () => oauthState().log.tokenRequests.filter((r) => r.grant_type === 'refresh_token');
const tenRequests = () => Promise.all(Array.from({ length: 10 }, () => listTokens({ page: 1, page_size: 1 })));

/** Moves the clock (Date only: timers, fetch and MSW keep running) past the access token's lifetime. */
function expireAccessToken() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + oauthState().settings.accessTokenSeconds * 1000 + 1000);
}

afterEach(() => {
  vi.useRealTimers();
  endSession('expired');
});

describe('a "Sign in with authms" session', () => {
  it('signs in end to end and calls the API with its token', async () => {
    const signedIn = await signInWithAuthms();
    expect(signedIn).toMatchObject({ user: 'Dana Admin', tenant: 'Acme Demo', returnTo: '/tokens' });
    expect(getCredentials()?.oauth?.tokenType).toBe('bearer');
    await expect(listTokens({ page: 1, page_size: 1 })).resolves.toMatchObject({ items: expect.any(Array) });
    expect(oauthState().log.tokenRequests).toEqual([expect.objectContaining({ grant_type: 'authorization_code', outcome: 'ok' })]);
  });

  it('renews a minute before expiry (a fifth of a shorter lifetime)', async () => {
    updateOAuthSettings({ accessTokenSeconds: 600 });
    await signInWithAuthms();
    const { expiresAt = 0, refreshAt = 0 } = getCredentials()?.oauth ?? {};
    expect(expiresAt - refreshAt).toBe(REFRESH_LEAD_MS);
    endSession('expired');
    updateOAuthSettings({ accessTokenSeconds: 20 });
    await signInWithAuthms();
    const short = getCredentials()?.oauth;
    expect((short?.expiresAt ?? 0) - (short?.refreshAt ?? 0)).toBe(4000);
  });

  it('ten parallel requests that meet an expired token wait for exactly one refresh', async () => {
    await signInWithAuthms();
    const before = getCredentials()?.token;
    expireAccessToken();
    const pages = await tenRequests();
    expect(pages).toHaveLength(10);
    expect(refreshes()).toEqual([expect.objectContaining({ outcome: 'ok' })]);
    expect(getCredentials()?.token).not.toBe(before);
  });

  it('ten parallel requests answered 401 share one refresh and are each sent again once', async () => {
    await signInWithAuthms();
    const token = getCredentials()?.token ?? '';
    // the server stops accepting the access token before its time (the refresh token still works)
    const issued = oauthState().tokens.get(token);
    if (issued) issued.revoked = true;
    await expect(tenRequests()).resolves.toHaveLength(10);
    expect(refreshes()).toHaveLength(1);
  });

  it('follows the rotation: each refresh uses the newest refresh token, the spent one is never sent again', async () => {
    await signInWithAuthms();
    expireAccessToken();
    await listTokens({ page: 1, page_size: 1 });
    vi.setSystemTime(Date.now() + oauthState().settings.accessTokenSeconds * 1000 + 1000);
    await listTokens({ page: 1, page_size: 1 });
    // a spent refresh token sent again would answer invalid_grant and revoke the whole family
    expect(refreshes().map((r) => r.outcome)).toEqual(['ok', 'ok']);
    const refreshTokens = [...oauthState().tokens.values()].filter((t) => t.kind === 'refresh_token');
    expect(refreshTokens.map((t) => t.spent)).toEqual([true, true, false]);
    expect(refreshTokens.every((t) => !t.revoked)).toBe(true);
  });

  it('a refused refresh ends the session: the request fails with 401 (and the app signs out as "expired")', async () => {
    await signInWithAuthms();
    updateOAuthSettings({ failNextRefresh: true });
    expireAccessToken();
    const error = await listTokens({ page: 1, page_size: 1 }).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(401);
    expect(refreshes()).toEqual([expect.objectContaining({ outcome: 'invalid_grant' })]);
  });

  it('a refresh that fails for a passing reason keeps the session and the current token', async () => {
    await signInWithAuthms();
    const token = getCredentials()?.token;
    const { refreshAt = 0 } = getCredentials()?.oauth ?? {};
    server.use(http.post(TOKEN_URL, () => HttpResponse.json({ error: 'server_error' }, { status: 503 })));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(refreshAt + 1); // due, but not yet expired
    await expect(listTokens({ page: 1, page_size: 1 })).resolves.toBeDefined();
    expect(getCredentials()?.token).toBe(token);
  });

  it('keeps the refresh token out of sessionStorage and localStorage', async () => {
    await signInWithAuthms();
    expireAccessToken();
    await listTokens({ page: 1, page_size: 1 });
    const stored = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage });
    for (const [value, token] of oauthState().tokens) {
      if (token.kind === 'refresh_token') expect(stored).not.toContain(value);
    }
    expect(stored).toContain(getCredentials()?.token ?? '-');
  });
});

describe('sign-out', () => {
  const signOutStep = () => vi.waitFor(() => {
    expect(signOutStore.state.step).not.toBe('revoking');
    return signOutStore.state.step;
  });

  it('forgets the session at once, then revokes the access and the refresh token', async () => {
    await signInWithAuthms();
    endSession('signed-out');
    expect(getCredentials()).toBeNull();
    expect(signOutStore.state.step).toBe('revoking');
    expect(await signOutStep()).toBe('revoked');
    expect(oauthState().log.revocations).toEqual([
      expect.objectContaining({ token_type_hint: 'access_token', kind: 'access_token', wasActive: true, wasCurrent: true }),
      expect.objectContaining({ token_type_hint: 'refresh_token', kind: 'refresh_token', wasActive: true, wasCurrent: true }),
    ]);
  });

  it('still signs out when the server cannot be told, and says so', async () => {
    await signInWithAuthms();
    server.use(http.post(REVOKE_URL, () => HttpResponse.json({ error: 'server_error' }, { status: 500 })));
    endSession('signed-out');
    expect(getCredentials()).toBeNull();
    expect(await signOutStep()).toBe('not-told');
  });

  it('during a refresh, waits for it and revokes the rotated refresh token', async () => {
    await signInWithAuthms();
    expireAccessToken();
    const request = listTokens({ page: 1, page_size: 1 }).catch(() => undefined);
    await vi.waitFor(() => expect(refreshes()).toHaveLength(1));
    endSession('signed-out');
    await request;
    await signOutStep();
    // nothing the console was given is still usable at the server
    expect([...oauthState().tokens.values()].filter((t) => !t.revoked && !t.spent)).toEqual([]);
  });

  it('does not revoke a pasted token', async () => {
    startOAuthSession({ grant: { accessToken: 'x', tokenType: 'bearer' }, baseUrl: OAUTH_TEST_BASE_URL });
    endSession('expired');
    expect(signOutStore.state.step).toBe('idle');
    expect(oauthState().log.revocations).toEqual([]);
  });
});

describe('what the server offers', () => {
  it('without discovery, uses the documented endpoints under the OAuth prefix', async () => {
    updateOAuthSettings({ discovery: 'off' });
    await expect(signInWithAuthms()).resolves.toMatchObject({ user: 'Dana Admin' });
    expect(oauthState().log.tokenRequests).toHaveLength(1);
  });

  it('pushes the request first where the server offers PAR', async () => {
    updateOAuthSettings({ par: true });
    const url = await beginSignIn({ returnTo: '/tokens' });
    expect([...url.searchParams.keys()].sort()).toEqual(['client_id', 'request_uri']);
    expect(oauthState().pushed.size).toBe(1);
    sessionStorage.clear();
    await expect(signInWithAuthms()).resolves.toBeDefined();
  });

  it('binds the tokens to a non-extractable key where the server asks for DPoP, for the API and the refresh', async () => {
    updateOAuthSettings({ dpop: true });
    await signInWithAuthms();
    expect(getCredentials()?.oauth?.tokenType).toBe('dpop');
    const [bound] = [...oauthState().tokens.values()];
    expect(bound?.jkt).toEqual(expect.any(String));
    await expect(listTokens({ page: 1, page_size: 1 })).resolves.toBeDefined();
    expireAccessToken();
    await expect(listTokens({ page: 1, page_size: 1 })).resolves.toBeDefined();
    expect(refreshes().map((r) => r.outcome)).toEqual(['ok']);
    // a DPoP-bound session is not kept across a reload: the key could not be
    expect(sessionStorage.getItem('authms.console.session')).toBeNull();
  });

  it('asks for the sign-in form again after a sign-out (prompt=login)', async () => {
    const url = await beginSignIn({ returnTo: '/tokens', prompt: 'login' });
    expect(url.searchParams.get('prompt')).toBe('login');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  });

  it('an answer is used once: the same answer again is refused as not belonging to a sign-in', async () => {
    const answer = await authorizeAnswer();
    await expect(completeSignIn(answer)).resolves.toMatchObject({ ok: true });
    await expect(completeSignIn(answer)).resolves.toMatchObject({ ok: false, failure: { kind: 'state' } });
  });
});

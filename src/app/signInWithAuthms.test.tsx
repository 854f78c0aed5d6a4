import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { beginSignIn } from '@/api/auth/protocol';
import { getCredentials } from '@/api/credentials';
import { endSession } from '@/api/session';
import { server } from '@/mocks/node';
import { authorizeAnswer, OAUTH_TEST_BASE_URL, setUpOAuthTestServer, signInWithAuthms } from '@/mocks/oauth/testing';
import { oauthState, updateOAuthSettings } from '@/mocks/oauth/state';
import type { OAuthClient } from '@/api/schemas/clients';
import type { ClientFormValues } from '@/features/clients/form/clientFormSchema';
import { BAD_GATEWAY_HTML } from '@/mocks/faults/responses';
import { ensureI18n } from '@/test/renderApp';
import { App } from './App';
import { createApp } from './createApp';

setUpOAuthTestServer();

const TOKEN_URL = `${OAUTH_TEST_BASE_URL}/oauth/api/v1/oauth/token`;
const REVOKE_URL = `${OAUTH_TEST_BASE_URL}/oauth/api/v1/oauth/revoke`;

async function renderAt(path: string) {
  await ensureI18n();
  const history = createMemoryHistory({ initialEntries: [path] });
  const app = createApp({ history, retry: false });
  const user = userEvent.setup();
  render(<App app={app} />);
  return { app, history, user, here: () => app.router.state.location };
}

/** The callback with the answer authms sent back (a transaction for it is in this tab). */
const callback = (answer: URLSearchParams) => renderAt(`/auth/callback?${answer.toString()}`);

/** An error answer to a sign-in started in this tab. */
async function errorAnswer(error: string, description: string) {
  const url = await beginSignIn({ returnTo: '/clients' });
  const state = url.searchParams.get('state') ?? '';
  return new URLSearchParams({ error, error_description: description, state, iss: OAUTH_TEST_BASE_URL });
}

async function expectFailurePage(title: string) {
  expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Sign in again' })).toBeEnabled();
  expect(screen.getByRole('button', { name: 'Back to the sign-in page' })).toBeEnabled();
  expect(getCredentials()).toBeNull();
}

afterEach(() => endSession('expired'));

describe('the callback', () => {
  it('lands on the page asked for, signed in, with the code gone from the address at once', async () => {
    const answer = await authorizeAnswer({ returnTo: '/clients?page_size=10' });
    server.use(http.post(TOKEN_URL, async () => void (await delay(300))));
    const { here } = await callback(answer);
    // while the code is being exchanged, the address is already bare
    expect(await screen.findByRole('heading', { level: 1, name: 'Signing you in…' })).toBeInTheDocument();
    expect(here().href).toBe('/auth/callback');
    await vi.waitFor(() => expect(here().pathname).toBe('/clients'));
    expect(here().search).toMatchObject({ page_size: 10 });
    expect(await screen.findByText('Dana Admin')).toBeInTheDocument();
    expect(getCredentials()?.oauth).toBeDefined();
  });

  it('access_denied: the admin pressed Deny', async () => {
    await callback(await authorizeAnswer({ decision: 'deny' }));
    await expectFailurePage('You did not allow the sign-in');
    expect(screen.getByRole('alert')).toHaveTextContent('The server said: The user denied the request.');
  });

  it('login_required: the server wants its own page', async () => {
    await callback(await errorAnswer('login_required', 'the user must sign in'));
    await expectFailurePage('authms wants you on its sign-in page');
  });

  it('another authorize error shows the client the server must know', async () => {
    await callback(await errorAnswer('invalid_scope', 'scope admin is not allowed'));
    await expectFailurePage('authms refused the sign-in request');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('invalid_scope');
    expect(within(alert).getByText('authms-console')).toBeInTheDocument();
    expect(within(alert).getByText('http://localhost:3000/auth/callback')).toBeInTheDocument();
  });

  it('a wrong state', async () => {
    const answer = await authorizeAnswer();
    answer.set('state', 'not-the-state-of-this-tab');
    await callback(answer);
    await expectFailurePage('This sign-in answer does not belong to this tab');
    expect(oauthState().log.tokenRequests).toEqual([]);
  });

  it('a stale state: no sign-in was started in this tab (or it was used)', async () => {
    const answer = await authorizeAnswer();
    sessionStorage.clear();
    await callback(answer);
    await expectFailurePage('This sign-in answer does not belong to this tab');
  });

  it('no answer at all (a reload of the bare callback)', async () => {
    await renderAt('/auth/callback');
    await expectFailurePage('No sign-in answer here');
  });

  it('a code already used', async () => {
    const answer = await authorizeAnswer();
    const code = oauthState().codes.get(answer.get('code') ?? '');
    if (code) code.used = true;
    await callback(answer);
    await expectFailurePage('This sign-in code was already used or has expired');
    expect(screen.getByRole('alert')).toHaveTextContent('invalid_grant');
  });

  it.each([
    [
      'a 400',
      () => HttpResponse.json({ error: 'invalid_request', error_description: 'redirect_uri is missing' }, { status: 400 }),
      'authms refused to issue tokens',
      'redirect_uri is missing',
    ],
    [
      'a 401',
      () => HttpResponse.json({ error: 'invalid_client', error_description: 'client authentication failed' }, { status: 401 }),
      'authms does not accept the console as a client',
      'client authentication failed',
    ],
    [
      'a 500',
      () => HttpResponse.json({ error: 'server_error' }, { status: 500 }),
      'authms failed while issuing tokens',
      '500',
    ],
    [
      'an HTML page',
      () => new HttpResponse(BAD_GATEWAY_HTML, { status: 502, headers: { 'Content-Type': 'text/html' } }),
      'The answer is not an OAuth answer',
      '502',
    ],
    ['no answer', () => HttpResponse.error(), 'authms could not be reached', ''],
  ])('the token endpoint answers %s', async (_what, answerWith, title, detail) => {
    const answer = await authorizeAnswer();
    server.use(http.post(TOKEN_URL, answerWith));
    await callback(answer);
    await expectFailurePage(title);
    if (detail) expect(screen.getByRole('alert')).toHaveTextContent(detail);
  });

  it('an ID token that fails its checks', async () => {
    const answer = await authorizeAnswer();
    server.use(
      http.post(TOKEN_URL, () =>
        HttpResponse.json({
          access_token: 'at',
          token_type: 'Bearer',
          expires_in: 60,
          // unsigned, wrong nonce and audience: never kept
          id_token: `eyJhbGciOiJFUzI1NiJ9.${btoa(JSON.stringify({ iss: 'http://authms.test', aud: 'other', sub: 'x', nonce: 'n', exp: 9e9, iat: 1 })).replace(/=+$/, '')}.c2ln`,
        }),
      ),
    );
    await callback(answer);
    await expectFailurePage('The sign-in could not be verified');
  });

  it('a malformed discovery document', async () => {
    const answer = await authorizeAnswer();
    updateOAuthSettings({ discovery: 'malformed' });
    const { forgetAuthorizationServers } = await import('@/api/auth/server');
    forgetAuthorizationServers();
    await callback(answer);
    await expectFailurePage("The server's discovery document is malformed");
  });

  it('an account that is not an administrator gets the "not an administrator" page', async () => {
    const { here } = await callback(await authorizeAnswer({ account: 'viewer', returnTo: '/clients' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Not an administrator' })).toBeInTheDocument();
    expect(here().pathname).toBe('/forbidden');
  });

  it('"Back to the sign-in page" goes there, with "Sign in with authms" first', async () => {
    const { user, here } = await callback(await authorizeAnswer({ decision: 'deny' }));
    await user.click(await screen.findByRole('button', { name: 'Back to the sign-in page' }));
    expect(await screen.findByRole('button', { name: 'Sign in with authms' })).toBeInTheDocument();
    expect(here().pathname).toBe('/sign-in');
  });
});

describe('the sign-in page', () => {
  it('offers "Sign in with authms" first, the pasted token one click away, and no demo in production', async () => {
    const { user } = await renderAt('/sign-in');
    expect(await screen.findByRole('button', { name: 'Sign in with authms' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Admin access token')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try the demo' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use an access token instead' }));
    expect(screen.getByLabelText('API base URL')).toHaveFocus();
    expect(screen.getByLabelText('Admin access token')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in with authms instead' }));
    expect(screen.getByRole('button', { name: 'Sign in with authms' })).toHaveFocus();
  });

  it('the access-token form has its own address (for runbooks), and the switch keeps the redirect', async () => {
    const { user, here } = await renderAt('/sign-in?redirect=%2Fclients&method=token');
    expect(await screen.findByLabelText('Admin access token')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in with authms instead' }));
    await vi.waitFor(() => expect(here().search).toEqual({ redirect: '/clients' }));
  });

  it('the pasted token works as before', async () => {
    const { user, here } = await renderAt('/sign-in?redirect=%2Fclients');
    await user.click(await screen.findByRole('button', { name: 'Use an access token instead' }));
    await user.type(screen.getByLabelText('API base URL'), OAUTH_TEST_BASE_URL);
    await user.type(screen.getByLabelText('Admin access token'), 'demo-admin-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(here().pathname).toBe('/clients'));
    expect(getCredentials()).toMatchObject({ token: 'demo-admin-token' });
    expect(getCredentials()?.oauth).toBeUndefined();
  });

  it('says when the discovery document is malformed, on the page, with the token still one click away', async () => {
    updateOAuthSettings({ discovery: 'malformed' });
    const { user } = await renderAt('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in with authms' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not start signing in');
    expect(alert).toHaveTextContent("The server's discovery document is malformed");
    expect(screen.getByRole('button', { name: 'Use an access token instead' })).toBeInTheDocument();
    expect(sessionStorage.getItem('authms.console.signin')).toBeNull();
  });
});

describe('sign-out and the end of a session', () => {
  async function signedInAt(path: string) {
    await signInWithAuthms();
    return renderAt(path);
  }

  it('sign-out revokes the tokens and says so', async () => {
    const { user } = await signedInAt('/clients');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText("You are signed out, and authms has revoked the console's tokens.")).toBeInTheDocument();
    expect(getCredentials()).toBeNull();
    expect(oauthState().log.revocations.map((r) => r.kind)).toEqual(['access_token', 'refresh_token']);
  });

  it('a sign-out the server cannot be told of still signs out, and says the server was not told', async () => {
    server.use(http.post(REVOKE_URL, () => HttpResponse.error()));
    const { user } = await signedInAt('/clients');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText(/You are signed out in this tab, but authms could not be told/)).toBeInTheDocument();
    expect(getCredentials()).toBeNull();
  });

  it('a refused refresh sends the admin to sign in again, and back to the same view afterwards', async () => {
    const { user, here } = await signedInAt('/clients');
    expect(await screen.findByRole('table', { name: 'OAuth clients of the tenant' })).toBeInTheDocument();
    updateOAuthSettings({ failNextRefresh: true });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + oauthState().settings.accessTokenSeconds * 1000 + 1000);
    await user.click(screen.getByRole('link', { name: 'Tokens' }));
    expect(await screen.findByText('Your session has expired. Sign in again to go back where you were.')).toBeInTheDocument();
    expect(here().pathname).toBe('/sign-in');
    expect(here().search).toMatchObject({ reason: 'expired', redirect: '/tokens' });
    expect(getCredentials()).toBeNull();
    vi.useRealTimers();
  });
});

describe('unsaved work', () => {
  it('client drafts go with the admin to authms and back (the page is left, a new one loads)', async () => {
    const before = await import('@/features/clients/form/draftStore');
    const values = { name: 'Acme Web Portal (draft)', jwks: '' } as unknown as ClientFormValues;
    before.saveDraft('acme-web-portal', { baseUrl: OAUTH_TEST_BASE_URL, loaded: {} as OAuthClient, values });
    before.keepDraftsThroughSignIn();
    vi.resetModules(); // the page that comes back from authms
    const after = await import('@/features/clients/form/draftStore');
    expect(after.readDraft('acme-web-portal', OAUTH_TEST_BASE_URL)?.values).toEqual(values);
    expect(sessionStorage.getItem('authms.console.drafts')).toBeNull();
    after.clearAllDrafts();
  });
});


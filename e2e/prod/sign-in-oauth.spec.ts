import type { Page } from '@playwright/test';
import { configureConsole, expect, mockOAuth, MOCK_API_URL, resetMock, setMockOAuth, test } from '../support';

// "Sign in with authms" against the production build: the console is the mock server's own public client
// (authorization code + PKCE), configured after the build through config.js, as a host would.

test.beforeEach(async ({ page, request }) => {
  await resetMock(request);
  await configureConsole(page);
});

const clientsTable = (page: Page) => page.getByRole('table', { name: 'OAuth clients of the tenant' });
const tokensTable = (page: Page) => page.getByRole('table', { name: 'Tokens of the tenant' });

/** On the mock's sign-in and consent page: pick the account and answer. */
async function answerOnAuthms(page: Page, decision: 'Approve' | 'Deny', account: 'admin' | 'viewer' = 'admin') {
  await expect(page.getByRole('heading', { name: 'Sign in to authms (mock)' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(MOCK_API_URL);
  await page.getByLabel('Account').selectOption(account);
  await page.getByRole('button', { name: decision }).click();
}

test('signs in, keeps the deep link, renews the token with no failed request, and sign-out revokes', async ({ page, request }) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(MOCK_API_URL) && response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  // a short-lived access token: renewed a fifth of its life (1.2 s) before it expires
  await setMockOAuth(request, { accessTokenSeconds: 6 });

  await page.goto('/clients?status=active');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole('button', { name: 'Sign in with authms' }).click();
  await answerOnAuthms(page, 'Approve');

  await expect(page).toHaveURL(/\/clients\?status=active$/);
  await expect(clientsTable(page).locator('tbody tr').first()).toBeVisible();
  await expect(page.getByText('Dana Admin')).toBeVisible();
  const issued = await mockOAuth(request);
  expect(issued.log.tokenRequests).toEqual([expect.objectContaining({ grant_type: 'authorization_code', outcome: 'ok' })]);

  // two renewals: the second uses the rotated refresh token of the first
  await expect
    .poll(async () => (await mockOAuth(request)).log.tokenRequests.filter((r) => r.grant_type === 'refresh_token').length, {
      timeout: 20_000,
    })
    .toBeGreaterThanOrEqual(2);
  // pages keep loading on renewed tokens (the first token is long expired)
  await page.getByRole('link', { name: 'Tokens', exact: true }).click();
  await expect(tokensTable(page).locator('tbody tr td').first()).toBeVisible();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(clientsTable(page).locator('tbody tr').first()).toBeVisible();

  const { log, tokens } = await mockOAuth(request);
  expect(log.tokenRequests.filter((r) => r.outcome !== 'ok')).toEqual([]);
  expect(failed).toEqual([]);

  // no token in localStorage, the address or the console; the refresh token not even in sessionStorage
  const stored = await page.evaluate(() => ({
    local: JSON.stringify(localStorage),
    session: JSON.stringify(sessionStorage),
    url: location.href,
    history: history.length,
  }));
  expect(tokens.length).toBeGreaterThanOrEqual(6);
  for (const token of tokens) {
    expect(stored.local).not.toContain(token.value);
    expect(stored.url).not.toContain(token.value);
    expect(logged.join('\n')).not.toContain(token.value);
    if (token.kind === 'refresh_token') expect(stored.session).not.toContain(token.value);
  }
  expect(stored.url).not.toMatch(/[?&](code|state)=/);
  // and the whole round trip ran under the build's Content-Security-Policy
  expect(logged.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText("You are signed out, and authms has revoked the console's tokens.")).toBeVisible();
  const after = await mockOAuth(request);
  expect(after.log.revocations).toEqual([
    expect.objectContaining({ token_type_hint: 'access_token', kind: 'access_token', wasActive: true, wasCurrent: true }),
    expect.objectContaining({ token_type_hint: 'refresh_token', kind: 'refresh_token', wasActive: true, wasCurrent: true }),
  ]);
  // nothing the console was given still works at the server
  expect(after.tokens.filter((t) => !t.revoked && !t.spent && t.kind === 'refresh_token')).toEqual([]);
  const signedOut = await page.evaluate(() => JSON.stringify(sessionStorage) + JSON.stringify(localStorage));
  for (const token of after.tokens) expect(signedOut).not.toContain(token.value);
  await page.goto('/tokens');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a denied sign-in has its page, and "Sign in again" goes back to authms', async ({ page }) => {
  await page.goto('/tokens?status=revoked');
  await page.getByRole('button', { name: 'Sign in with authms' }).click();
  await answerOnAuthms(page, 'Deny');
  await expect(page.getByRole('heading', { level: 1, name: 'You did not allow the sign-in' })).toBeVisible();
  expect(page.url()).not.toMatch(/[?&](error|state)=/);
  await page.getByRole('button', { name: 'Sign in again' }).click();
  await answerOnAuthms(page, 'Approve');
  await expect(page).toHaveURL(/\/tokens\?status=revoked$/);
  await expect(tokensTable(page).locator('tbody tr').first()).toContainText('Revoked');
});

test('an account that is not an administrator gets the "not an administrator" page', async ({ page, request }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in with authms' }).click();
  await answerOnAuthms(page, 'Approve', 'viewer');
  await expect(page.getByRole('heading', { level: 1, name: 'Not an administrator' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in with another token' }).click();
  await expect(page.getByText("You are signed out, and authms has revoked the console's tokens.")).toBeVisible();
  expect((await mockOAuth(request)).log.revocations.map((r) => r.kind)).toEqual(['access_token', 'refresh_token']);
});

test('a sign-out that cannot reach authms still signs out, and says the server was not told', async ({ page }) => {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Sign in with authms' }).click();
  await answerOnAuthms(page, 'Approve');
  await expect(tokensTable(page).locator('tbody tr td').first()).toBeVisible();
  await page.route(`${MOCK_API_URL}/oauth/api/v1/oauth/revoke`, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText(/You are signed out in this tab, but authms could not be told/)).toBeVisible();
  await page.goto('/tokens');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a refused refresh sends the admin to sign in again, and the unsaved edit comes back', async ({ page, request }) => {
  await setMockOAuth(request, { accessTokenSeconds: 5 });
  await page.goto('/clients/acme-web-portal/edit');
  await page.getByRole('button', { name: 'Sign in with authms' }).click();
  await answerOnAuthms(page, 'Approve');
  const name = page.getByLabel('Name', { exact: true });
  await name.fill('Acme Web Portal (kept through sign-in)');
  // the next renewal is refused, as when another admin revokes the console's session
  await setMockOAuth(request, { failNextRefresh: true, accessTokenSeconds: 600 });
  await expect
    .poll(async () => (await mockOAuth(request)).log.tokenRequests.some((r) => r.outcome === 'invalid_grant'), { timeout: 15_000 })
    .toBe(true);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your session has expired. Sign in again to go back where you were.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign in with authms' }).click();
  await answerOnAuthms(page, 'Approve');
  await expect(page).toHaveURL(/\/clients\/acme-web-portal\/edit$/);
  await expect(page.getByText(/Your changes were kept/)).toBeVisible();
  await expect(name).toHaveValue('Acme Web Portal (kept through sign-in)');
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('kept through sign-in');
});

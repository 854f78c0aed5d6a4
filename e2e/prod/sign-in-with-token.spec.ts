import { expect, test, DEMO_ADMIN_TOKEN, DEMO_VIEWER_TOKEN, MOCK_API_URL, resetMock, signInWithToken } from '../support';
import type { Page } from '@playwright/test';

test.beforeEach(async ({ request }) => {
  await resetMock(request);
});

async function signIn(page: Page, token: string) {
  await signInWithToken(page, token);
}

test('an admin signs in with a token against a server on another origin and sees the tokens', async ({ page }) => {
  await page.goto('/tokens?status=revoked');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('button', { name: 'Try the demo' })).toHaveCount(0);
  await signIn(page, DEMO_ADMIN_TOKEN);
  await expect(page).toHaveURL(/\/tokens\?status=revoked/);
  const rows = page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr');
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toContainText('Revoked');

  const stored = await page.evaluate(() => ({ local: JSON.stringify(localStorage), url: location.href }));
  expect(stored.local).not.toContain(DEMO_ADMIN_TOKEN);
  expect(stored.url).not.toContain(DEMO_ADMIN_TOKEN);
});

test('a rejected token is told at once and nothing is kept', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'not-a-valid-token');
  await expect(page.getByRole('alert')).toContainText('The server rejected this token');
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('not-a-valid-token');
});

test('a session that expires sends the admin to sign in and back to the same view', async ({ page }) => {
  await page.goto('/tokens');
  await signIn(page, DEMO_ADMIN_TOKEN);
  await expect(page).toHaveURL(/\/tokens/);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('expired');
  await expect(page).toHaveURL(/status=expired/);
  // The server stops accepting the token: every next request answers 401.
  await page.route(`${MOCK_API_URL}/**`, (route) =>
    route.fulfill({
      status: 401,
      contentType: 'application/problem+json',
      body: JSON.stringify({ title: 'Unauthorized', status: 401, detail: 'token expired', request_id: 'req_e2e' }),
    }),
  );
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText(/Your session has expired/)).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(DEMO_ADMIN_TOKEN);
  await page.unroute(`${MOCK_API_URL}/**`);
  await signIn(page, DEMO_ADMIN_TOKEN);
  await expect(page).toHaveURL(/\/tokens\?.*status=expired/);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('expired');
});

test('a signed-in user who is not an administrator sees a plain explanation', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, DEMO_VIEWER_TOKEN);
  await expect(page.getByRole('alert')).toContainText('This account is not an administrator of this tenant');
});

import type { Page } from '@playwright/test';
import { expect, test, DEMO_ADMIN_TOKEN, MOCK_API_URL, resetMock, signInWithToken } from '../support';

test.beforeEach(async ({ request }) => {
  await resetMock(request);
});

/** Everything the page keeps in web storage (and cookies and history state), as one text to search. */
function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookies: document.cookie,
      indexedDb: databases.map((d) => d.name),
      historyState: history.state as unknown,
      url: location.href,
    });
  });
}

test('against the server: a created client’s secret is shown once and no web storage holds it', async ({ page, request }) => {
  await page.goto('/clients/new?kind=web');
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  await expect(page).toHaveURL(/\/clients\/new\?kind=web$/);

  const started = Date.now();
  await page.getByRole('textbox', { name: 'Client id', exact: true }).fill('prod-e2e-portal');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Prod e2e portal');
  await page.getByRole('textbox', { name: 'Redirect URI 1', exact: true }).fill('https://portal.prod-e2e.example/cb');
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prod e2e portal is created' })).toBeVisible();
  const secret = (await page.locator('.once-secret-value code').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
  expect(await storedText(page)).not.toContain(secret);

  await page.getByRole('checkbox', { name: 'I have stored the secret in a safe place' }).check();
  await page.getByRole('button', { name: 'Continue to the client' }).click();
  await expect(page).toHaveURL(/\/clients\/prod-e2e-portal$/);
  const secretRow = page.locator('dt', { hasText: /^Client secret$/ }).locator('xpath=following-sibling::dd');
  await expect(secretRow).toHaveText(`••••${secret.slice(-4)}`);
  const timing = `created and opened in ${Date.now() - started} ms`;
  test.info().annotations.push({ type: 'timing', description: timing });
  console.log(`[timing] create flow (production build) ${timing}`);

  expect(await storedText(page)).not.toContain(secret);
  await expect(page.getByText(secret)).toHaveCount(0);
  await page.reload();
  await expect(secretRow).toHaveText(`••••${secret.slice(-4)}`);
  expect(await storedText(page)).not.toContain(secret);

  const onServer = await request.get(`${MOCK_API_URL}/oauth/api/v1/admin/oauth/clients/prod-e2e-portal`, {
    headers: { Authorization: `Bearer ${DEMO_ADMIN_TOKEN}` },
  });
  expect(await onServer.json()).toMatchObject({ data: { name: 'Prod e2e portal', secret_last_four: secret.slice(-4) } });
});

import type { Page } from '@playwright/test';
import { expect, test } from '../support';

async function signInToDemo(page: Page) {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens/);
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const shownSecret = (page: Page) => page.locator('.once-secret-value code');
const secretRow = (page: Page) => page.locator('dt', { hasText: /^Client secret$/ }).locator('xpath=following-sibling::dd');

interface Kind {
  card: string;
  name: string;
  clientId?: string;
  redirectUri?: string;
  confidential: boolean;
}

const KINDS: Kind[] = [
  { card: 'Web app with a server', name: 'E2E web portal', clientId: 'e2e-web-portal', redirectUri: 'https://portal.e2e.example/cb', confidential: true },
  { card: 'Single-page or mobile app', name: 'E2E mobile app', redirectUri: 'com.example.e2e:/oauth2redirect', confidential: false },
  { card: 'Machine to machine', name: 'E2E nightly job', clientId: 'e2e-nightly-job', confidential: true },
  { card: 'TV or command line', name: 'E2E living room TV', confidential: false },
];

/** Stores the secret shown once ("I have stored it") and moves on. */
async function storeSecretAndContinue(page: Page, continueLabel: string) {
  const next = page.getByRole('button', { name: continueLabel });
  await expect(next).toBeDisabled();
  await page.getByRole('checkbox', { name: 'I have stored the secret in a safe place' }).check();
  await next.click();
}

for (const kind of KINDS) {
  test(`an admin creates a client for a ${kind.card.toLowerCase()} and finds it in the list`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInToDemo(page);
    const started = Date.now();
    await mainNav(page).getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: 'New client' }).click();
    await page.getByRole('link', { name: kind.card }).click();
    await expect(page.getByRole('form', { name: 'New client settings' })).toBeVisible();
    if (kind.clientId) await field(page, 'Client id').fill(kind.clientId);
    await field(page, 'Name').fill(kind.name);
    if (kind.redirectUri) await field(page, 'Redirect URI 1').fill(kind.redirectUri);
    await page.getByRole('button', { name: 'Create client' }).click();

    let lastFour = '';
    if (kind.confidential) {
      await expect(page.getByRole('heading', { level: 1, name: `${kind.name} is created` })).toBeVisible();
      await expect(page.getByText('This secret is shown only once.')).toBeVisible();
      const secret = (await shownSecret(page).textContent()) ?? '';
      expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
      lastFour = secret.slice(-4);
      await page.getByRole('button', { name: 'Copy client secret' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
      await storeSecretAndContinue(page, 'Continue to the client');
    }
    await expect(page.getByRole('heading', { level: 1, name: kind.name })).toBeVisible();
    if (kind.clientId) await expect(page).toHaveURL(new RegExp(`/clients/${kind.clientId}$`));
    await expect(secretRow(page)).toHaveText(kind.confidential ? `••••${lastFour}` : '—');
    const created = Date.now();

    await mainNav(page).getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('searchbox', { name: 'Name' }).fill(kind.name);
    const table = page.getByRole('table', { name: 'OAuth clients of the tenant' });
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table.getByRole('link', { name: kind.name, exact: true })).toBeVisible();
    await expect(table.locator('tbody tr')).toContainText(kind.confidential ? 'Confidential' : 'Public');
    const timing = `${kind.card}: created in ${created - started} ms, found in the list after ${Date.now() - started} ms`;
    test.info().annotations.push({ type: 'timing', description: timing });
    console.log(`[timing] create flow (demo) ${timing}`);
  });
}

test('an admin rotates a secret: the new one is shown once, then only its new last four', async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/clients/billing-service');
  await expect(secretRow(page)).toHaveText('••••x7q2');
  await page.getByRole('button', { name: 'Rotate secret…' }).click();

  const confirm = page.getByRole('dialog', { name: 'Rotate the secret of Billing Service?' });
  await expect(confirm).toContainText('applications using it will fail to authenticate until they are updated');
  await expect(confirm.getByRole('button', { name: 'Rotate secret' })).toBeDisabled();
  await confirm.getByRole('textbox').fill('billing-service');
  await confirm.getByRole('button', { name: 'Rotate secret' }).click();

  const shown = page.getByRole('dialog', { name: 'New secret of Billing Service' });
  await expect(shown.getByText('This secret is shown only once.')).toBeVisible();
  const secret = (await shownSecret(page).textContent()) ?? '';
  expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
  await storeSecretAndContinue(page, 'Done');

  await expect(secretRow(page)).toHaveText(`••••${secret.slice(-4)}`);
  const secrets = page.getByRole('table', { name: 'Secrets of this client' });
  await expect(secrets.locator('tbody tr').first()).toContainText(`${secret.slice(-4)} (in use)`);
  await expect(secrets.locator('tbody tr').nth(1)).toContainText('Inactive');
  await expect(page.getByText(secret)).toHaveCount(0);

  await page.reload();
  await expect(secretRow(page)).toHaveText(`••••${secret.slice(-4)}`);
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain(secret);
});

test('an admin duplicates a client: the copy opens in the editor, named as a copy, and is listed', async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/clients/acme-ios');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  const confirm = page.getByRole('dialog', { name: 'Duplicate Acme iOS?' });
  await expect(confirm).toContainText('A new client “Acme iOS (copy)” is created');
  await confirm.getByRole('button', { name: 'Duplicate' }).click();

  await expect(page).toHaveURL(/\/clients\/acme-ios-copy\/edit$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Acme iOS (copy)' })).toBeVisible();
  await expect(field(page, 'Name')).toHaveValue('Acme iOS (copy)');
  await expect(field(page, 'Redirect URI 1')).toHaveValue('com.acme.ios:/oauth2redirect');
  await field(page, 'Name').fill('Acme iOS beta');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/clients\/acme-ios-copy$/);

  await mainNav(page).getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('searchbox', { name: 'Name' }).fill('Acme iOS');
  const table = page.getByRole('table', { name: 'OAuth clients of the tenant' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.getByRole('link', { name: 'Acme iOS beta', exact: true })).toBeVisible();
});

test('a 401 while creating a client: after signing in again the typed values are back, and the client is created', async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/clients/new?kind=web');
  await field(page, 'Client id').fill('e2e-kept-portal');
  await field(page, 'Name').fill('E2E kept portal');
  await field(page, 'Redirect URI 1').fill('https://kept.e2e.example/cb');

  await page.getByRole('button', { name: /open the demo controls/ }).click();
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  await panel.getByLabel('Failure').selectOption({ label: '401 Unauthorized' });
  await panel.getByLabel('Applies to').selectOption({ label: 'a write' });
  await panel.getByLabel('How many').selectOption({ label: '1 request' });
  await panel.getByRole('button', { name: 'Arm' }).click();
  await expect(panel.getByRole('status')).toContainText('Armed: 401 Unauthorized');
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Create client' }).click();

  await expect(page).toHaveURL(/\/sign-in\?.*reason=expired/);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/clients\/new\?kind=web$/);
  await expect(page.getByText(/What you typed was kept/)).toBeVisible();
  await expect(field(page, 'Client id')).toHaveValue('e2e-kept-portal');
  await expect(field(page, 'Name')).toHaveValue('E2E kept portal');
  await expect(field(page, 'Redirect URI 1')).toHaveValue('https://kept.e2e.example/cb');
  await page.getByRole('button', { name: 'Create the client now' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'E2E kept portal is created' })).toBeVisible();
  await storeSecretAndContinue(page, 'Continue to the client');
  await expect(page).toHaveURL(/\/clients\/e2e-kept-portal$/);
});

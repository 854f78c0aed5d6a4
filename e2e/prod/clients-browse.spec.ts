import type { Page } from '@playwright/test';
import { expect, test, DEMO_ADMIN_TOKEN, signInWithToken } from '../support';

// Read-only on purpose: the mock HTTP server is shared with specs running in parallel (which reset it), so a
// journey that saves would race them; saving is covered by the demo journeys and the unit tests.

async function signIn(page: Page) {
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
}

test('the production build lists, searches and opens clients on a server of another origin', async ({ page }) => {
  await page.goto('/clients?status=active');
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page);
  await expect(page).toHaveURL(/\/clients\?status=active/);
  const table = page.getByRole('table', { name: 'OAuth clients of the tenant' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(table.getByText('Suspended')).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Name' }).fill('billing');
  await expect(page).toHaveURL(/name=billing/);
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await table.getByRole('link', { name: 'Billing Service', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Billing Service' })).toBeVisible();
  await expect(page.getByText('••••x7q2')).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://billing.acme.example' })).toHaveAttribute('href', 'https://billing.acme.example/');
  await expect(page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Tokens' })).toHaveAttribute(
    'href',
    '/clients/billing-service/tokens',
  );
});

test('a client of another tenant is not found, with a way back to the list', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page);
  // signed in from the sign-in page itself: the console starts on the overview
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.goto('/clients/globex-portal/edit');
  await expect(page.getByRole('heading', { name: 'Client not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to clients' }).click();
  await expect(page).toHaveURL(/\/clients$/);
});

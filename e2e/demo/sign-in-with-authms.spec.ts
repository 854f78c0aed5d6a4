import type { Page } from '@playwright/test';
import { expect, test } from '../support';

// The demo build signs in with authms too: its mock cannot show a page of its own (a service worker never sees a
// navigation), so the request is approved in the page as the demo tenant's administrator, and the console's real
// callback, code exchange, refresh and revocation run against the mock in the service worker.

const rows = (page: Page) => page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr');

async function openPanel(page: Page) {
  await page.getByRole('button', { name: /open the demo controls/ }).click();
  return page.getByRole('dialog', { name: 'Demo controls' });
}

test('"Sign in with authms" in the demo: a silent renewal, then "the next refresh fails" ends the session', async ({ page }) => {
  await page.goto('/tokens?status=active');
  await page.getByRole('button', { name: 'Sign in with authms' }).click();
  await expect(page).toHaveURL(/\/tokens\?status=active$/);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByText('Dana Admin')).toBeVisible();

  // a 401 is met with one silent refresh, and the page never notices
  let panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Expire my session' }).click();
  await expect(page).toHaveURL(/\/tokens\?status=active$/);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByText('Your session has expired')).toHaveCount(0);

  // with the refresh refused, the same 401 ends the session: sign in again, and back to the same view
  panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Make the next refresh fail' }).click();
  await expect(panel.getByText('Armed: the next refresh fails.')).toBeVisible();
  await panel.getByRole('button', { name: 'Expire my session' }).click();
  await expect(page.getByText('Your session has expired. Sign in again to go back where you were.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign in with authms' }).click();
  await expect(page).toHaveURL(/\/tokens\?status=active$/);
  await expect(rows(page).first()).toBeVisible();
});

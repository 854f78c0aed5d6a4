import type { Locator, Page } from '@playwright/test';
import { OTHER_TENANT_CLIENT_IDS } from '../../src/mocks/identities';
import { expect, test } from '../support';

const CLIENT = 'acme-ios';

async function signInToDemo(page: Page) {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens/);
}

/** Moves focus with Tab alone until `target` has it. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

test("with the keyboard alone: open a client's tokens from the tokens page, revoke them all with a 5 minute grace period", async ({
  page,
}) => {
  await signInToDemo(page);
  await tabTo(page, page.getByRole('searchbox', { name: "View a client's tokens" }));
  await page.keyboard.type(CLIENT);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/clients/${CLIENT}/tokens`));
  const rows = page.getByRole('table', { name: `Active tokens of client ${CLIENT}` }).locator('tbody tr');
  await expect(rows.first().getByRole('list', { name: 'Scopes' })).toBeVisible();
  const listed = Number(/of (\d+)/.exec((await page.getByText(/^\d+–\d+ of \d+$/).textContent()) ?? '')?.[1]);
  expect(listed).toBeGreaterThan(0);

  await tabTo(page, page.getByRole('button', { name: 'Revoke all tokens of this client' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Revoke all tokens of ${CLIENT}?` });
  await expect(dialog.getByRole('radio', { name: 'None: they stop at once' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: '5 minutes' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel(`Type ${CLIENT} to confirm`)).toBeFocused();
  await page.keyboard.type(CLIENT);
  await page.keyboard.press('Enter');

  const result = page.getByRole('status').filter({ hasText: `All tokens of ${CLIENT} were revoked.` });
  await expect(result).toBeVisible();
  const access = Number(/Access tokens revoked: (\d+)/.exec((await result.textContent()) ?? '')?.[1]);
  const refresh = Number(/Refresh tokens revoked: (\d+)/.exec((await result.textContent()) ?? '')?.[1]);
  expect(access + refresh).toBe(listed);
  await expect(result).toContainText('Grace period: 300 seconds (5 minutes)');
  await expect(page.getByText('This client has no active tokens.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Revoke all tokens of this client' })).toBeFocused();
});

test('a custom grace period is checked next to the field before anything is sent', async ({ page }) => {
  await signInToDemo(page);
  await page.goto(`/clients/${CLIENT}/tokens?page_size=10`);
  await expect(page.getByRole('table', { name: `Active tokens of client ${CLIENT}` }).locator('tbody tr')).toHaveCount(10);
  await page.getByRole('button', { name: 'Revoke all tokens of this client' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Custom' }).check();
  const seconds = dialog.getByRole('textbox', { name: 'Seconds (0 to 86400)' });
  await seconds.fill('86401');
  await expect(seconds).toHaveAccessibleDescription('Enter a number from 0 to 86400 (one day).');
  await dialog.getByLabel(`Type ${CLIENT} to confirm`).fill(CLIENT);
  await expect(dialog.getByRole('button', { name: 'Revoke all tokens' })).toBeDisabled();
  await seconds.fill('600');
  await expect(dialog.getByRole('button', { name: 'Revoke all tokens' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Revoke all tokens' }).click();
  await expect(page.getByText('Grace period: 600 seconds (10 minutes)', { exact: false })).toBeVisible();
});

test('a client of another tenant shows a not-found page with a way back to the clients', async ({ page }) => {
  await signInToDemo(page);
  await page.goto(`/clients/${OTHER_TENANT_CLIENT_IDS[0]}/tokens`);
  await expect(page.getByRole('heading', { name: 'Client not found' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to clients' }).click();
  await expect(page).toHaveURL(/\/clients$/);
});

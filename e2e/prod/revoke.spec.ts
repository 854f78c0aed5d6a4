import type { Page } from '@playwright/test';
import { FAILING_TOKEN_IDS, FAILING_TOKEN_USER_ID } from '../../src/mocks/identities';
import { expect, test, DEMO_ADMIN_TOKEN, resetMock, signInWithToken } from '../support';

test.beforeEach(async ({ request }) => {
  await resetMock(request);
});

async function signInAt(page: Page, path: string) {
  await page.goto(path);
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
}

const rowOf = (page: Page, id: string) =>
  page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr').filter({ hasText: id });

test('against the server: a revoked token stays revoked after a reload; a refused one says why and stays active', async ({
  page,
}) => {
  await signInAt(page, `/tokens?user_id=${FAILING_TOKEN_USER_ID}`);
  const rows = page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr').filter({ hasText: 'Active' });
  await expect(rows.first()).toBeVisible();
  let id = '';
  for (const code of await rows.locator('code').all()) {
    const text = (await code.textContent()) ?? '';
    if (!(FAILING_TOKEN_IDS as readonly string[]).includes(text)) {
      id = text;
      break;
    }
  }
  expect(id).not.toBe('');

  await rowOf(page, id).getByRole('button', { name: `Revoke token ${id}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
  await expect(rowOf(page, id)).toContainText('Revoked');
  await page.reload();
  await expect(rowOf(page, id)).toContainText('Revoked');

  const failing = FAILING_TOKEN_IDS[0];
  await rowOf(page, failing).getByRole('button', { name: `Revoke token ${failing}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Revoke token' }).click();
  await expect(dialog.getByRole('alert')).toContainText('token store unavailable');
  await expect(dialog.getByRole('alert')).toContainText(/req_/);
  await expect(dialog).toContainText('The token was not revoked: it is still active.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowOf(page, failing)).toContainText('Active');
});

test('against the server: revoke all tokens of a client with a 1 hour grace period, counts shown, list empty after reload', async ({
  page,
}) => {
  const client = 'acme-android';
  await signInAt(page, `/clients/${client}/tokens`);
  const range = page.getByText(/^\d+–\d+ of \d+$/);
  await expect(range).toBeVisible();
  const listed = Number(/of (\d+)/.exec((await range.textContent()) ?? '')?.[1]);

  await page.getByRole('button', { name: 'Revoke all tokens of this client' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: '1 hour' }).check();
  await dialog.getByLabel(`Type ${client} to confirm`).fill(client);
  await dialog.getByRole('button', { name: 'Revoke all tokens' }).click();
  const result = page.getByRole('status').filter({ hasText: `All tokens of ${client} were revoked.` });
  await expect(result).toContainText('Grace period: 3,600 seconds (1 hour)');
  const text = (await result.textContent()) ?? '';
  const access = Number(/Access tokens revoked: (\d+)/.exec(text)?.[1]);
  const refresh = Number(/Refresh tokens revoked: (\d+)/.exec(text)?.[1]);
  expect(access + refresh).toBe(listed);
  await expect(page.getByText('This client has no active tokens.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('This client has no active tokens.')).toBeVisible();
});

test('against the server: a bulk revoke leaves the rigged tokens, the user-wide revoke ends them', async ({ page }) => {
  await signInAt(page, `/tokens?user_id=${FAILING_TOKEN_USER_ID}`);
  const active = page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr').filter({ hasText: 'Active' });
  await expect(active.first()).toBeVisible();
  const count = await active.count();
  await page.getByRole('checkbox', { name: 'Select all active tokens on this page' }).check();
  await page.getByRole('button', { name: `Revoke ${count} selected tokens` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: `Revoke ${count} tokens` }).click();
  await expect(dialog.getByRole('status')).toHaveText(`${count} of ${count} done · ${count - 3} revoked · 3 failed`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(active).toHaveCount(3);

  const view = page.getByRole('region', { name: `Tokens of user ${FAILING_TOKEN_USER_ID}` });
  await view.getByRole('button', { name: 'Revoke all active tokens of this user (3)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke 3 tokens' }).click();
  const result = page.getByRole('status').filter({ hasText: `Revoke all tokens of ${FAILING_TOKEN_USER_ID}` });
  await expect(result).toContainText('Session service: 3 tokens revoked.');
  await expect(result).toContainText('OAuth service: 0 tokens revoked.');
  await page.reload();
  await expect(view).toContainText(/tokens in all, 0 active\./);
  await expect(page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr').filter({ hasText: 'Revoked' })).not.toHaveCount(0);
  await expect(active).toHaveCount(0);
});

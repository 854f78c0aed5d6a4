import type { Page } from '@playwright/test';
import { expect, test, DEMO_ADMIN_TOKEN, resetMock, signInWithToken } from '../support';

test.beforeEach(async ({ request }) => {
  await resetMock(request);
});

const table = (page: Page) => page.getByRole('table', { name: 'Sessions of the tenant' });
const rows = (page: Page) => table(page).locator('tbody tr');
const activeCount = async (page: Page) => Number(((await page.locator('.active-count-number').textContent()) ?? '').replace(/\D/g, ''));

test('against the server: end a session with its tokens, the count follows, it stays ended; sign a user out everywhere', async ({
  page,
}) => {
  await page.goto('/sessions?status=active');
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  await expect(page).toHaveURL(/\/sessions\?status=active/);
  await expect(rows(page).first()).toContainText('Active');
  await expect(page.locator('.active-count-number')).toHaveText(/\d/);
  const before = await activeCount(page);

  const end = rows(page).first().getByRole('button', { name: /^End session ses_/ });
  const id = ((await end.getAttribute('aria-label')) ?? '').replace('End session ', '');
  const userId = (await rows(page).first().getByRole('link').filter({ hasText: /^usr_/ }).textContent()) ?? '';
  await end.click();
  const dialog = page.getByRole('dialog', { name: 'End this session?' });
  await expect(dialog).toContainText('Access tokens already issued under it stay valid until they expire');
  await dialog.getByRole('checkbox', { name: /^Also revoke every token of/ }).check();
  await dialog.getByRole('button', { name: 'End session and revoke tokens' }).click();
  await expect(page.getByRole('list', { name: 'Each step and its outcome' }).getByText('Done', { exact: true })).toHaveCount(3);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(rows(page).filter({ hasText: id })).toHaveCount(0);
  await expect(page.locator('.active-count-number')).toHaveText((before - 1).toLocaleString('en'));

  await page.reload();
  await expect(rows(page).first()).toContainText('Active');
  await expect(rows(page).filter({ hasText: id })).toHaveCount(0);

  await page.goto(`/users/${userId}`);
  await expect(page.getByRole('heading', { level: 1, name: userId })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out everywhere…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Each step and its outcome' }).getByText('Done', { exact: true })).toHaveCount(3);
  await expect(page.getByText(`${userId} is signed out everywhere.`)).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Active sessions' })).toContainText('No active sessions.');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Active sessions' })).toContainText('No active sessions.');
});

test('against the server: the token blacklist is paged beside the sessions, and a lifted entry stays lifted', async ({ page }) => {
  await page.goto('/sessions');
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  await expect(rows(page).first()).toContainText('usr_');
  await page.getByRole('navigation', { name: 'Sessions area' }).getByRole('link', { name: 'Token blacklist' }).click();
  const list = page.getByRole('table', { name: 'Blacklisted tokens' });
  await expect(list.locator('tbody tr').first()).toBeVisible();
  const lift = list.getByRole('button', { name: /^Lift the blacklist entry of token / }).first();
  const name = (await lift.getAttribute('aria-label')) ?? '';
  await lift.click();
  const dialog = page.getByRole('dialog', { name: 'Lift this blacklist entry?' });
  await expect(dialog).toContainText('is accepted again until it expires');
  await dialog.getByRole('button', { name: 'Lift entry' }).click();
  await expect(dialog).toBeHidden();
  await expect(list.getByRole('button', { name })).toHaveCount(0);
  await page.reload();
  await expect(list.locator('tbody tr').first()).toBeVisible();
  await expect(list.getByRole('button', { name })).toHaveCount(0);
});

test('a server without the session routes (404/405/501): the pages say so in place, the rest of the console works', async ({
  page,
}) => {
  await page.route(/\/session\/api\/v1\/admin\/(sessions|trusted-devices|tokens\/blacklist)/, (route) =>
    route.fulfill({ status: 404, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Not Found', status: 404 }) }),
  );
  await page.goto('/sessions');
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  await expect(page.getByText(/^This server does not offer sessions/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Sessions area' }).getByRole('link', { name: 'Token blacklist' }).click();
  await expect(page.getByText('This server does not offer the token blacklist.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tokens' }).click();
  const tokens = page.getByRole('table', { name: 'Tokens of the tenant' });
  await expect(tokens.locator('tbody tr').first()).toContainText('tok_');
  await tokens.locator('tbody tr').first().getByRole('link').filter({ hasText: /^usr_/ }).click();
  await expect(page.getByText('This server does not offer sessions.')).toBeVisible();
  await expect(page.getByText('This server does not offer trusted devices.')).toBeVisible();
  await expect(page.getByRole('table', { name: /by type and status$/ })).toBeVisible();
});

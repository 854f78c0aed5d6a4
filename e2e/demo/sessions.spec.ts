import type { Page } from '@playwright/test';
import { DEMO_ADMIN_TOKEN } from '../../src/mocks/identities';
import { expect, test } from '../support';

/** The in-page mock's clock (src/mocks/browser.ts): frozen so that new demo sessions do not appear mid-test. */
type MockWindow = Window & { __authmsMock?: { clock?: { now(): number; set(instant: number): void } } };

const table = (page: Page) => page.getByRole('table', { name: 'Sessions of the tenant' });
const rows = (page: Page) => table(page).locator('tbody tr');
const activeCount = (page: Page) => page.locator('.active-count-number');

async function signInToDemo(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.evaluate(() => {
    const clock = (window as MockWindow).__authmsMock?.clock;
    clock?.set(clock.now());
  });
}

async function openSessions(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions', exact: true }).click();
  await expect(rows(page).first()).toContainText('usr_');
}

/** A number shown with the locale's grouping ("1,234"). */
const number = async (page: Page) => Number(((await activeCount(page).textContent()) ?? '').replace(/\D/g, ''));

/** What the demo's API answers, read in the page (its service worker holds the data), as another tool would. */
async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(
    async ({ path, token }) => (await fetch(`/session/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } })).json(),
    { path, token: DEMO_ADMIN_TOKEN },
  ) as Promise<T>;
}

test("find a user's sessions and end the selected ones; they stay ended after a reload and the count follows", async ({ page }) => {
  await signInToDemo(page);
  await openSessions(page);
  await expect(activeCount(page)).toHaveText(/\d/);
  const before = await number(page);
  const first = rows(page).filter({ hasText: 'Active' }).first();
  const userId = (await first.getByRole('link').filter({ hasText: /^usr_/ }).textContent()) ?? '';

  await page.getByRole('searchbox', { name: 'User id' }).fill(userId);
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Active' });
  await expect(page).toHaveURL(new RegExp(`user_id=${userId}.*status=active|status=active.*user_id=${userId}`));
  await expect(rows(page).first()).toContainText('Active');
  const count = await rows(page).count();

  await page.getByRole('checkbox', { name: 'Select all active sessions on this page' }).check();
  await page.getByRole('button', { name: new RegExp(`^End ${count} selected sessions?$`) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('stay valid until they expire');
  await dialog.getByRole('button', { name: count === 1 ? 'End session' : `End ${count} sessions` }).click();
  await expect(dialog.getByRole('status')).toHaveText(`1 of 1 requests answered · ${count} session${count === 1 ? '' : 's'} ended`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('No sessions match these filters.')).toBeVisible();
  await expect(activeCount(page)).toHaveText((before - count).toLocaleString('en'));

  await page.reload();
  await expect(page.getByText('No sessions match these filters.')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Ended' });
  // the user's ended sessions, once the answer for this filter has come (the rows carry the user's id)
  await expect(rows(page).filter({ hasText: userId }).first()).toContainText('Ended');
  expect(await rows(page).filter({ hasText: userId }).count()).toBeGreaterThanOrEqual(count);
});

test('end every session of a user with their tokens too, each step reported', async ({ page }) => {
  await signInToDemo(page);
  await openSessions(page);
  const userId = (await rows(page).filter({ hasText: 'Active' }).first().getByRole('link').filter({ hasText: /^usr_/ }).textContent()) ?? '';
  await page.goto(`/sessions?user_id=${userId}`);
  await expect(rows(page).first()).toContainText('usr_');
  await page.getByRole('button', { name: `End every session of ${userId}…` }).click();
  const dialog = page.getByRole('dialog', { name: `End every session of ${userId}?` });
  await expect(dialog).toContainText('Access tokens already issued under them stay valid until they expire');
  await dialog.getByRole('checkbox', { name: `Also revoke every token of ${userId}` }).check();
  await dialog.getByRole('button', { name: 'End all sessions and revoke tokens' }).click();
  const steps = page.getByRole('list', { name: 'Each step and its outcome' });
  await expect(steps.getByText('Done', { exact: true })).toHaveCount(3);
  await expect(steps).toContainText(`End every session of ${userId}`);
  await expect(steps).toContainText(`Revoke the session tokens of ${userId}`);
  await expect(steps).toContainText(`Revoke the OAuth tokens of ${userId}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(rows(page).filter({ hasText: 'Active' })).toHaveCount(0);

  // the tokens page agrees: nothing of this user is active any more
  await page.goto(`/tokens?user_id=${userId}&status=active`);
  await expect(page.getByText('No tokens match these filters.')).toBeVisible();
});

test('purge expired sessions after a confirmation that says what it does', async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/sessions?status=expired');
  await expect(rows(page).first()).toContainText('Expired');
  await page.getByRole('button', { name: 'Purge expired sessions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Purge expired sessions?' });
  await expect(dialog).toContainText('Deletes every expired session of this tenant for good');
  await expect(dialog).toContainText('Active sessions and those ended by an administrator stay; no token is revoked.');
  await dialog.getByRole('button', { name: 'Purge expired sessions' }).click();
  await expect(page.getByText(/^Purged \d+ expired sessions?\.$/)).toBeVisible();
  await expect(page.getByText('No sessions match these filters.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No sessions match these filters.')).toBeVisible();
});

test('forget a trusted device from the user view: the next sign-in from it asks for MFA again', async ({ page }) => {
  await signInToDemo(page);
  const { items } = await api<{ items: { id: string; user_id: string; name: string; device_id: string }[] }>(page, '/admin/trusted-devices?page_size=1');
  const device = items[0]!;
  await page.goto('/sessions');
  await expect(rows(page).first()).toContainText('usr_');
  // every user id links to the user at a glance
  await page.goto(`/sessions?user_id=${device.user_id}`);
  await rows(page).first().getByRole('link', { name: device.user_id }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${device.user_id}$`));
  await expect(page.getByRole('heading', { level: 1, name: device.user_id })).toBeVisible();

  const section = page.getByRole('region', { name: 'Trusted devices' });
  const before = await section.locator('tbody tr').count();
  await section.getByRole('button', { name: `Forget the device ${device.name} (${device.device_id})` }).click();
  const dialog = page.getByRole('dialog', { name: `Forget ${device.name}?` });
  await expect(dialog).toContainText('the next sign-in from it asks for multi-factor authentication again');
  await dialog.getByRole('button', { name: 'Forget device' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${device.name} forgotten: its next sign-in asks for MFA.`)).toBeVisible();
  await expect(section.locator('tbody tr')).toHaveCount(before - 1);
  await page.reload();
  await expect(section.locator('tbody tr')).toHaveCount(before - 1);
});

test("the demo's fault panel covers the session routes: failing reads show in place with a request id, Retry recovers", async ({
  page,
}) => {
  await signInToDemo(page);
  await page.goto('/sessions');
  await expect(rows(page).first()).toContainText('usr_');
  const setReadFailures = async (rate: '100 %' | '0 %') => {
    await page.getByRole('button', { name: /open the demo controls/ }).click();
    const panel = page.getByRole('dialog', { name: 'Demo controls' });
    await panel.getByLabel('Reads (GET) that fail').selectOption({ label: rate });
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
  };
  await setReadFailures('100 %');
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(alert).toContainText('The server failed', { timeout: 15_000 });
  await expect(alert.locator('code')).toHaveText(/^req_/);
  await setReadFailures('0 %');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toBeHidden();
  await expect(rows(page).first()).toContainText('usr_');
});

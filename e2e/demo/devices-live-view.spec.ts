import type { Page } from '@playwright/test';
import { expect, test } from '../support';

/** The console's own view of the in-page mock (src/mocks/browser.ts), as far as these tests use it. */
type MockWindow = Window & { __authmsMock?: { clock?: { now(): number } } };

async function openDevicesInDemo(page: Page, path = '/devices') {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens/);
  await page.getByRole('link', { name: 'Device sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Device sessions' })).toBeVisible();
  if (path !== '/devices') await page.goto(path);
  await expect(page.getByRole('table', { name: 'Device sessions of the tenant' }).locator('tbody tr').first()).toBeVisible();
}

function rows(page: Page) {
  return page.getByRole('table', { name: 'Device sessions of the tenant' }).locator('tbody tr');
}

test('an admin filters device sessions by status and client, and the URL keeps the view', async ({ page }) => {
  await openDevicesInDemo(page);
  await expect(page.getByRole('radio', { name: /^All, \d+$/ })).toBeChecked();

  await page.getByRole('radio', { name: /^Denied, \d+$/ }).check();
  await expect(page).toHaveURL(/status=denied/);
  await page.getByRole('combobox', { name: 'Client' }).selectOption('acme-cli');
  await expect(page).toHaveURL(/client_id=acme-cli/);
  await expect(rows(page).first()).toContainText('Acme CLI');
  for (const row of await rows(page).all()) {
    await expect(row).toContainText('Denied');
    await expect(row.getByRole('link', { name: 'Acme CLI' })).toHaveAttribute('href', '/clients/acme-cli');
  }
  const count = Number((await page.getByRole('radio', { name: /^Denied, / }).getAttribute('aria-label'))?.split(', ')[1]);
  await expect(page.getByText(new RegExp(`of ${count}$`))).toBeVisible();

  await page.reload();
  await expect(page.getByRole('radio', { name: /^Denied/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Client' })).toHaveValue('acme-cli');
  await expect(rows(page).first()).toContainText('Denied');
});

test('a pending session counts down live and turns to expired at zero', async ({ page }) => {
  await page.clock.install();
  await openDevicesInDemo(page, '/devices?status=pending');
  const countdown = rows(page).first().getByText(/^in \d+:\d{2}$/);
  const first = await countdown.textContent();
  await expect(countdown).not.toHaveText(first ?? '', { timeout: 3_000 });

  // past every pending code's expiry: the countdown turns to "Expired" on its own
  await page.getByRole('switch', { name: 'Auto-refresh' }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await page.clock.fastForward('16:00');
  await expect(rows(page).first().getByText('Expired')).toHaveCount(2);
});

test('a status change arrives by auto-refresh while the mock clock moves, and is highlighted', async ({ page }) => {
  await page.clock.install();
  await openDevicesInDemo(page);
  await expect(page.getByText(/^Live · every 5 s$/)).toBeVisible();
  // the mock backend runs on the page's clock, which this test drives
  const skew = await page.evaluate(() => Date.now() - ((window as MockWindow).__authmsMock?.clock?.now() ?? 0));
  expect(Math.abs(skew)).toBeLessThan(1_000);

  const announcer = page.getByTestId('status-changes');
  const updated = page.getByText(/^Updated /);
  for (let i = 0; i < 20 && !(await announcer.textContent()); i += 1) {
    const before = await updated.textContent();
    await page.clock.fastForward(30_000);
    await expect(updated).not.toHaveText(before ?? '');
  }
  await expect(announcer).toHaveText(/^[B-Z]{4}-[B-Z]{4} is now (Authorized|Denied)/);
  const code = (await announcer.textContent())!.slice(0, 9);
  const status = /is now (\w+)/.exec((await announcer.textContent())!)![1]!;
  const row = rows(page).filter({ has: page.getByRole('link', { name: `${code}: show details` }) });
  await expect(row).toHaveClass(/row-changed/);
  await expect(row).toContainText(status);
});

test('an admin opens a session’s details, which survive a reload', async ({ page }) => {
  // The demo seeds its data afresh on every page load, relative to now: a fixed now gives the same sessions back.
  await page.clock.setFixedTime(new Date('2026-04-15T10:30:00Z'));
  await openDevicesInDemo(page, '/devices?status=authorized');
  const link = rows(page).first().getByRole('link', { name: /: show details$/ });
  const code = (await link.getAttribute('aria-label'))!.replace(': show details', '');
  await link.click();
  await expect(page).toHaveURL(/session=[0-9A-Z]{26}/);

  const dialog = page.getByRole('dialog', { name: `Device session ${code}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy device code' })).toBeVisible();
  await expect(dialog.getByText(/The device code is a secret of the device/)).toBeVisible();
  await expect(dialog.getByText('Authorized')).toBeVisible();
  await expect(dialog.getByText(/^usr_/)).toBeVisible();

  await page.reload();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/session=/);
});

import type { Page } from '@playwright/test';
import { expect, test } from '../support';

async function signInToDemo(page: Page) {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr td').first()).toBeVisible();
}

const active = (page: Page) => page.evaluate(() => {
  const input = document.activeElement;
  const id = input?.getAttribute('aria-activedescendant');
  return { role: input?.getAttribute('role'), option: id ? document.getElementById(id)?.textContent : undefined };
});

test('the palette by keyboard alone: Ctrl+K, type, arrows, Enter lands on the page; focus returns; ? and /', async ({ page }) => {
  await signInToDemo(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Jump to' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('lifetimes');
  await expect.poll(async () => (await active(page)).option).toContain('Lifetimes');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings\/tokens$/);
  await expect(palette).toBeHidden();

  // a client by name, found on the server; the arrows move the active option while the input keeps focus
  await page.keyboard.press('Control+k');
  await page.keyboard.type('acme');
  await expect(palette.getByRole('group', { name: 'Clients' })).toBeVisible();
  const before = (await active(page)).option;
  await page.keyboard.press('ArrowDown');
  const after = await active(page);
  expect(after.role).toBe('combobox');
  expect(after.option).not.toBe(before);
  await page.keyboard.press('ArrowUp');
  expect((await active(page)).option).toBe(before);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  // the header's button shows the shortcut and gets focus back when the palette closes
  const button = page.getByRole('button', { name: /^Jump to… Ctrl K$/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(palette).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tokens' }).click();
  await expect(page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr td').first()).toBeVisible();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'User id' })).toBeFocused();
  // the sessions page and a client's history mark their first filter too
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Sessions of the tenant' }).locator('tbody tr td').first()).toBeVisible();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('search').getByRole('searchbox', { name: 'User id' })).toBeFocused();
  await page.goto('/clients/acme-web-portal/history');
  await expect(page.getByRole('table', { name: /^Change history of/ }).locator('tbody tr td').first()).toBeVisible();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Action' })).toBeFocused();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tokens' }).click();
  await expect(page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr td').first()).toBeVisible();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'User id' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.locator('h1').click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('the inspector on the demo: sample tokens answer active, revoked, expired, unknown and opaque', async ({ page }) => {
  await signInToDemo(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Token inspector' }).click();
  const answer = page.getByRole('region', { name: 'What the server says' });
  for (const [sample, expected] of [
    ['Active', 'Active'],
    ['Revoked', 'Not active'],
    ['Expired', 'Not active'],
    ['Unknown', 'Not active'],
    ['Opaque refresh token', 'Active'],
  ] as const) {
    await page.getByRole('button', { name: sample, exact: true }).click();
    await page.getByRole('button', { name: 'Inspect' }).click();
    await expect(answer.getByText(expected, { exact: true })).toBeVisible();
  }
  await expect(page.getByText(/^Not a JWT/)).toBeVisible();
});

test('lifetimes save and reset on the demo, and stay across a reload', async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/settings/tokens');
  const access = page.getByRole('textbox', { name: 'Access token lifetime' });
  await access.fill('45');
  await page.getByRole('combobox', { name: 'Unit of Access token lifetime' }).selectOption('minutes');
  await expect(page.getByText('Access token lifetime: 1 hour → 45 minutes')).toBeVisible();
  await page.getByRole('button', { name: 'Save 1 change' }).click();
  await expect(page.getByText('Lifetimes saved.')).toBeVisible();
  await page.reload();
  await expect(access).toHaveValue('45');
  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(access).toHaveValue('1');
});

test('export on the demo data: device sessions as JSON', async ({ page }) => {
  await signInToDemo(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Device sessions' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export: Device sessions' });
  await dialog.getByRole('radio', { name: 'JSON' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^devices_\d{4}-\d{2}-\d{2}\.json$/);
  const { readFile } = await import('node:fs/promises');
  const json = JSON.parse(await readFile((await download.path())!, 'utf8')) as { list: string; count: number; items: { user_code: string }[] };
  expect(json.list).toBe('devices');
  expect(json.items.length).toBe(json.count);
  expect(json.items[0]?.user_code).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
});

import type { Page } from '@playwright/test';
import { expect, test } from '../support';

/** The in-page mock's clock (src/mocks/browser.ts): frozen here so the moving demo sessions hold still mid-test. */
type MockWindow = Window & { __authmsMock?: { clock?: { now(): number; set(instant: number): void } } };

const table = (page: Page) => page.getByRole('table', { name: 'Device sessions of the tenant' });
const rowOf = (page: Page, userCode: string) => table(page).locator('tbody tr').filter({ hasText: userCode });

test('an admin ends a pending device session: denied at once, and still denied after a reload', async ({ page }) => {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Device sessions' }).click();
  await expect(table(page).locator('tbody tr').first()).toBeVisible();
  // without this a simulated user might approve the session between reading it and ending it
  await page.evaluate(() => {
    const clock = (window as MockWindow).__authmsMock?.clock;
    clock?.set(clock.now());
  });

  const end = table(page).getByRole('button', { name: /^End session [B-Z]{4}-[B-Z]{4}$/ }).first();
  const userCode = ((await end.getAttribute('aria-label')) ?? '').replace('End session ', '');
  const row = rowOf(page, userCode);
  await expect(row).toContainText('Pending');
  const client = (await row.getByRole('link').nth(1).textContent()) ?? '';
  await end.click();

  const dialog = page.getByRole('dialog', { name: `End device session ${userCode}?` });
  await expect(dialog).toContainText(`The device showing ${userCode} for ${client}`);
  await dialog.getByRole('button', { name: 'End session' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Denied');
  await expect(row.getByRole('button', { name: /^End session/ })).toHaveCount(0);

  // demo data is kept across reloads (src/mocks/persistence.ts)
  await page.reload();
  await expect(rowOf(page, userCode)).toContainText('Denied');
  await expect(rowOf(page, userCode).getByRole('button', { name: /^End session/ })).toHaveCount(0);

  await page.getByRole('link', { name: `${userCode}: show details` }).click();
  const details = page.getByRole('dialog', { name: `Device session ${userCode}` });
  await expect(details).toContainText('Denied');
  await expect(details.getByRole('button', { name: /^End session/ })).toHaveCount(0);
});

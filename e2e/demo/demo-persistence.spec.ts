import type { Page } from '@playwright/test';
import { DEMO_ADMIN_TOKEN, FAILING_TOKEN_IDS } from '../../src/mocks/identities';
import { expect, test } from '../support';

async function signInToDemo(page: Page) {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens/);
}

const rows = (page: Page) => page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr');
const rowOf = (page: Page, id: string) => rows(page).filter({ hasText: id });

/** The id of the first active token on the page whose revoke is not rigged to fail. */
async function firstActiveId(page: Page, except: string[] = []): Promise<string> {
  const active = rows(page).filter({ hasText: 'Active' });
  await expect(active.first()).toBeVisible();
  for (const row of await active.all()) {
    const id = (await row.locator('code').first().textContent()) ?? '';
    if (![...FAILING_TOKEN_IDS, ...except].includes(id)) return id;
  }
  throw new Error('no active token on the page');
}

/** Revokes a token through the demo's API, as another admin tool would: the mock in this tab does the work. */
async function revokeViaApi(page: Page, id: string) {
  const status = await page.evaluate(
    async ({ id, token }) =>
      (await fetch(`/session/api/v1/admin/tokens/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${token}` },
      })).status,
    { id, token: DEMO_ADMIN_TOKEN },
  );
  expect(status).toBe(204);
}

test('a change survives a reload and is gone after "Reset demo data"', async ({ page }) => {
  await signInToDemo(page);
  const id = await firstActiveId(page);
  await revokeViaApi(page, id);

  await page.reload();
  await expect(rowOf(page, id)).toContainText('Revoked');
  const saved = await page.evaluate(() => sessionStorage.getItem('authms.demo.db') ?? '');
  expect(saved).toContain(id);
  expect(saved).not.toContain(DEMO_ADMIN_TOKEN);

  await page.getByRole('button', { name: /open the demo controls/ }).click();
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  await panel.getByRole('button', { name: 'Reset demo data' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset the demo data?' });
  await confirm.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('The demo data is back to its seed.')).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(rowOf(page, id)).toContainText('Active');

  await page.reload();
  await expect(rowOf(page, id)).toContainText('Active');
});

test('two tabs keep their own demo data', async ({ page, context }) => {
  await signInToDemo(page);
  const id = await firstActiveId(page);
  await revokeViaApi(page, id);
  await page.reload();
  await expect(rowOf(page, id)).toContainText('Revoked');

  const other = await context.newPage();
  await signInToDemo(other);
  await expect(rowOf(other, id)).toContainText('Active');
  const otherId = await firstActiveId(other, [id]);
  await revokeViaApi(other, otherId);
  await other.reload();
  await expect(rowOf(other, otherId)).toContainText('Revoked');

  await page.reload();
  await expect(rowOf(page, id)).toContainText('Revoked');
  await expect(rowOf(page, otherId)).toContainText('Active');
  await expect(rowOf(other, id)).toContainText('Active');
});

test('the mock-data banner can be collapsed, never hidden, and stays as the admin left it', async ({ page }) => {
  const FULL = 'Mock data — nothing here touches a real server';
  await signInToDemo(page);
  const banner = page.getByRole('note');
  await expect(banner).toContainText(FULL);
  await banner.getByRole('button', { name: 'Collapse the demo notice' }).click();
  await expect(banner).toContainText('Mock data');
  await expect(banner).not.toContainText(FULL);
  await page.reload();
  await expect(banner).toContainText('Mock data');
  await expect(banner).not.toContainText(FULL);
  await banner.getByRole('button', { name: 'Expand the demo notice' }).click();
  await expect(banner).toContainText(FULL);
});

// The banner is there from the first paint of a page: arriving after it, it pushed the page down, and a click aimed
// at a button at that moment landed on something else.
test('the mock-data banner and badge are in place when a page first shows, so nothing moves under the pointer', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstPaint?: { banner: boolean; badge: boolean } };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('main h1')) return;
      w.__firstPaint = {
        banner: !!document.querySelector('[role="note"].demo-banner'),
        badge: !!document.querySelector('button[aria-label^="Demo mode"]'),
      };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await signInToDemo(page);
  await page.goto('/sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __firstPaint?: unknown }).__firstPaint)).toEqual({ banner: true, badge: true });
});

import type { Locator, Page } from '@playwright/test';
import { FAILING_TOKEN_IDS, FAILING_TOKEN_MARK, FAILING_TOKEN_USER_ID } from '../../src/mocks/identities';
import { expect, test } from '../support';

async function signInToDemo(page: Page) {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens/);
}

const table = (page: Page) => page.getByRole('table', { name: 'Tokens of the tenant' });
const rowOf = (page: Page, id: string) => table(page).locator('tbody tr').filter({ hasText: id });

/** The id of the first active row on the page that is not rigged to fail. */
async function firstActiveId(page: Page): Promise<string> {
  const rows = table(page).locator('tbody tr').filter({ hasText: 'Active' });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    const id = (await row.locator('code').first().textContent()) ?? '';
    if (!(FAILING_TOKEN_IDS as readonly string[]).includes(id)) return id;
  }
  throw new Error('no active token on the page');
}

/** Counts revoke requests the page sends (the demo's service worker answers them). */
function countRevokes(page: Page) {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'DELETE' && /\/admin\/tokens\/[^/]+$/.test(new URL(request.url()).pathname)) {
      sent.push(decodeURIComponent(new URL(request.url()).pathname.split('/').pop() ?? ''));
    }
  });
  return sent;
}

/** Moves focus with Tab alone until `target` has it. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

test('revoke one token with the keyboard alone: a second Enter sends nothing, the row stays revoked', async ({ page }) => {
  const sent = countRevokes(page);
  await signInToDemo(page);
  const id = await firstActiveId(page);
  const revokeButton = rowOf(page, id).getByRole('button', { name: `Revoke token ${id}` });

  await tabTo(page, revokeButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
  await expect(dialog).toContainText(id);
  await expect(dialog).toContainText('Expires');
  await tabTo(page, dialog.getByRole('button', { name: 'Revoke token' }));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, id)).toContainText('Revoked');
  await expect(revokeButton).toBeFocused();
  expect(sent).toEqual([id]);

  // The demo keeps its data across a reload (per tab), as a server would.
  await page.reload();
  await expect(rowOf(page, id)).toContainText('Revoked');
  await expect(rowOf(page, id).getByRole('checkbox')).toBeDisabled();
});

test('bulk-revoke a shift-click range that holds rigged tokens, see n of m and each outcome, retry the failed', async ({ page }) => {
  const sent = countRevokes(page);
  await signInToDemo(page);
  // the rigged tokens are off the first page, marked by their user agent: rows 2 and 7 of page 2
  await expect(table(page)).not.toContainText(FAILING_TOKEN_MARK);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(rowOf(page, FAILING_TOKEN_IDS[0])).toContainText(FAILING_TOKEN_MARK);
  const boxes = table(page).locator('tbody tr').getByRole('checkbox');
  await expect(boxes).toHaveCount(20);
  // rows 1 to 8 hold the rigged tokens at positions 2 and 7; revoked or expired rows cannot be picked
  const enabled: number[] = [];
  for (let i = 0; i < 8; i += 1) if (await boxes.nth(i).isEnabled()) enabled.push(i);
  await boxes.nth(enabled[0] ?? 0).click();
  await boxes.nth(enabled[enabled.length - 1] ?? 7).click({ modifiers: ['Shift'] });
  const picked = await table(page).locator('tbody tr').filter({ has: page.locator('input:checked') }).count();
  expect(picked).toBeGreaterThanOrEqual(3);
  await expect(rowOf(page, FAILING_TOKEN_IDS[0]).getByRole('checkbox')).toBeChecked();
  await expect(rowOf(page, FAILING_TOKEN_IDS[1]).getByRole('checkbox')).toBeChecked();

  await page.getByRole('button', { name: `Revoke ${picked} selected tokens` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: `Revoke ${picked} tokens` }).click();
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(`${picked} of ${picked} done · ${picked - 2} revoked · 2 failed`);
  for (const id of FAILING_TOKEN_IDS.slice(0, 2)) {
    const row = dialog.locator('tr').filter({ hasText: id });
    await expect(row).toContainText('Failed');
    await expect(row).toContainText('token store unavailable');
    await expect(row).toContainText(/Request id: req_/);
  }
  expect(sent).toHaveLength(picked);

  sent.length = 0;
  await dialog.getByRole('button', { name: 'Retry the 2 failed tokens' }).click();
  await expect(status).toHaveText(`${picked} of ${picked} done · ${picked - 2} revoked · 2 failed`);
  await expect(dialog.getByRole('button', { name: 'Retry the 2 failed tokens' })).toBeVisible();
  expect(sent.sort()).toEqual([...FAILING_TOKEN_IDS.slice(0, 2)].sort());

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(rowOf(page, FAILING_TOKEN_IDS[0])).toContainText('Active');
  await expect(table(page).locator('tbody tr').filter({ hasText: 'Revoked' })).not.toHaveCount(0);
});

test("revoke all active tokens of a user from the user view, with the number stated", async ({ page }) => {
  await signInToDemo(page);
  await page.getByRole('button', { name: 'Next page' }).click();
  await rowOf(page, FAILING_TOKEN_IDS[0]).getByRole('button', { name: `Show the tokens of ${FAILING_TOKEN_USER_ID}` }).click();
  await expect(page).toHaveURL(new RegExp(`user_id=${FAILING_TOKEN_USER_ID}`));
  const view = page.getByRole('region', { name: `Tokens of user ${FAILING_TOKEN_USER_ID}` });
  const counts = view.getByRole('table', { name: `Tokens of ${FAILING_TOKEN_USER_ID} by type and status` });
  await expect(counts).toBeVisible();
  const revokeAll = view.getByRole('button', { name: /^Revoke all active tokens of this user \(\d+\)$/ });
  const active = Number(/\((\d+)\)/.exec((await revokeAll.textContent()) ?? '')?.[1]);
  expect(active).toBeGreaterThanOrEqual(3);

  await revokeAll.click();
  const dialog = page.getByRole('dialog', { name: `Revoke all active tokens of ${FAILING_TOKEN_USER_ID}?` });
  await expect(dialog).toContainText(`This revokes the ${active} active tokens of ${FAILING_TOKEN_USER_ID}`);
  await dialog.getByRole('button', { name: `Revoke ${active} tokens` }).click();

  const result = page.getByRole('status').filter({ hasText: `Revoke all tokens of ${FAILING_TOKEN_USER_ID}` });
  await expect(result).toContainText(`Session service: ${active} tokens revoked.`);
  await expect(result).toContainText('OAuth service: 0 tokens revoked.');
  await expect(view.getByRole('button', { name: 'Revoke all active tokens of this user (0)' })).toBeDisabled();
  await expect(table(page).locator('tbody tr').filter({ hasText: 'Active' })).toHaveCount(0);
});

test('a bulk revoke of 50 tokens runs a few at a time; the time is logged', async ({ page }, testInfo) => {
  let inFlight = 0;
  let most = 0;
  const isRevoke = (url: string, method: string) => method === 'DELETE' && /\/admin\/tokens\/[^/]+$/.test(new URL(url).pathname);
  page.on('request', (r) => {
    if (!isRevoke(r.url(), r.method())) return;
    inFlight += 1;
    most = Math.max(most, inFlight);
  });
  const done = (r: { url: () => string; method: () => string }) => {
    if (isRevoke(r.url(), r.method())) inFlight -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  await signInToDemo(page);
  await page.goto('/tokens?status=active&page_size=50');
  await expect(table(page).locator('tbody tr')).toHaveCount(50);
  await page.getByRole('checkbox', { name: 'Select all active tokens on this page' }).check();
  await page.getByRole('button', { name: 'Revoke 50 selected tokens' }).click();
  const dialog = page.getByRole('dialog');
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Revoke 50 tokens' }).click();
  await expect(dialog.getByRole('status')).toContainText('50 of 50 done', { timeout: 20_000 });
  const ms = Date.now() - started;
  console.log(`bulk revoke of 50 tokens in the demo: ${ms} ms (at most ${most} requests in flight)`);
  testInfo.annotations.push({ type: 'bulk-revoke-50-ms', description: String(ms) });
  expect(most).toBeGreaterThan(1);
  expect(most).toBeLessThanOrEqual(4);
});

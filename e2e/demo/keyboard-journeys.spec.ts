import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { FAILING_TOKEN_USER_ID } from '../../src/mocks/identities';
import { expect, test } from '../support';

// Issue 7's keyboard-only journeys: after the sign-in, every step is a key press (no clicks). Each journey starts on
// a freshly loaded page, so the skip link must be the first Tab stop, and checks that focus is visible wherever it
// lands and comes back to the trigger when a dialog closes.

async function signInToDemo(page: Page) {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens/);
}

/** The focused element shows a focus indicator: it matches :focus-visible or has an outline. */
async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { visible: false, what: 'body' };
    const visible = el.matches(':focus-visible') || getComputedStyle(el).outlineStyle !== 'none';
    return { visible, what: el.outerHTML.slice(0, 120) };
  });
  expect(focus.visible, `focus indicator on ${focus.what}`).toBe(true);
}

async function isFocused(target: Locator) {
  return target.evaluate((el) => el === document.activeElement);
}

/** Moves focus with Tab alone until `target` has it, checking the indicator on the way. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if (await isFocused(target)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

/** On a freshly loaded page: the first Tab stop is the skip link, and Enter on it moves focus to the main region. */
async function skipToContent(page: Page) {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
}

/** The live region sonner renders for toasts holds `text`. */
async function expectToastAnnounced(page: Page, text: string) {
  await expect(page.locator('[aria-live]').filter({ hasText: text })).toHaveCount(1);
}

test("find a user's tokens, list them all, revoke one and then the rest in bulk", async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/tokens');
  const table = page.getByRole('table', { name: 'Tokens of the tenant' });
  const activeRow = table
    .locator('tbody tr')
    .filter({ hasText: 'Active' })
    .filter({ hasNot: page.getByRole('button', { name: FAILING_TOKEN_USER_ID }) })
    .first();
  const userId = (await activeRow.getByRole('button').filter({ hasText: /^usr_/ }).textContent()) ?? '';
  expect(userId).toMatch(/^usr_/);

  await skipToContent(page);
  await tabTo(page, page.getByRole('searchbox', { name: 'User id' }));
  await page.keyboard.type(userId);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`user_id=${userId}`));
  const view = page.getByRole('region', { name: `Tokens of user ${userId}` });
  await expect(view).toBeVisible();

  // the user view's full list: a named, focusable scroll region around a table that knows its full size
  const showAll = view.getByRole('button', { name: /^Show all \d+ tokens?$/ });
  await tabTo(page, showAll);
  await page.keyboard.press('Enter');
  await expect(view.getByRole('button', { name: 'Hide the list' })).toHaveAttribute('aria-expanded', 'true');
  const list = view.getByRole('region', { name: `Every token of ${userId}, scrollable list` });
  await tabTo(page, list);
  const allTable = list.getByRole('table', { name: `Every token of ${userId}` });
  await expect(allTable).toHaveAttribute('aria-rowcount', /^\d+$/);
  const scan = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .include('.user-all-tokens')
    .analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const id = (await allTable.locator('tbody tr').filter({ hasText: 'Active' }).first().locator('code').first().textContent()) ?? '';
  const revokedRow = allTable.locator('tbody tr').filter({ hasText: id });
  const trigger = revokedRow.getByRole('button', { name: `Revoke token ${id}` });
  await tabTo(page, trigger);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
  await expect(dialog).toContainText(id);
  await tabTo(page, dialog.getByRole('button', { name: 'Revoke token' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await expectVisibleFocus(page);
  await expectToastAnnounced(page, `Token ${id} revoked.`);
  await expect(revokedRow).toContainText('Revoked');

  // the remaining active tokens of the page, selected with Space and revoked in bulk
  const selectAll = page.getByRole('checkbox', { name: 'Select all active tokens on this page' });
  await tabTo(page, selectAll, 160);
  await page.keyboard.press('Space');
  await expect(selectAll).toBeChecked();
  const revokeSelected = page.getByRole('button', { name: /^Revoke \d+ selected tokens?$/ });
  // the bulk bar sits before the table: back up to it
  for (let i = 0; i < 40 && !(await isFocused(revokeSelected)); i += 1) await page.keyboard.press('Shift+Tab');
  await expect(revokeSelected).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const bulk = page.getByRole('dialog', { name: /^Revoke \d+ tokens?\?$/ });
  await tabTo(page, bulk.getByRole('button', { name: /^Revoke \d+ tokens?$/ }));
  await page.keyboard.press('Enter');
  const progress = page.getByRole('dialog', { name: 'Revoking tokens' }).getByRole('status');
  await expect(progress).toHaveAttribute('aria-live', 'polite');
  await expect(progress).toContainText(/(\d+) of \1 done · \d+ revoked · 0 failed/);
  // focus stays in the dialog when the confirm button goes away, and Escape closes it once the run is over
  await expect(page.locator('.bulk-progress')).toBeFocused();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Close' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test("open a client, add a redirect URI and save, with the keyboard alone", async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/clients');
  await expect(page.getByRole('table', { name: 'OAuth clients of the tenant' }).locator('tbody tr').first()).toBeVisible();
  await skipToContent(page);
  await tabTo(page, page.getByRole('searchbox', { name: 'Name' }));
  await page.keyboard.type('portal');
  await expect(page).toHaveURL(/name=portal/);
  const client = page.getByRole('table', { name: 'OAuth clients of the tenant' }).getByRole('link', { name: 'Acme Web Portal', exact: true });
  await tabTo(page, client);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Web Portal' })).toBeVisible();

  // a dialog opened and dismissed with the keyboard gives focus back to its trigger
  const remove = page.getByRole('button', { name: 'Delete client…' });
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Delete Acme Web Portal?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(remove).toBeFocused();
  await expectVisibleFocus(page);

  await page.keyboard.press('Shift+Tab');
  const edit = page.getByRole('link', { name: 'Edit settings' });
  for (let i = 0; i < 60 && !(await isFocused(edit)); i += 1) await page.keyboard.press('Shift+Tab');
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/clients\/acme-web-portal\/edit$/);

  // count the redirect URIs once the form holds the client's values (the edit page loads them)
  const uris = page.getByRole('textbox', { name: /^Redirect URI \d+$/ });
  await expect(uris.first()).toBeVisible();
  const existing = await uris.count();
  await tabTo(page, page.getByRole('button', { name: 'Add to Redirect URIs' }));
  await page.keyboard.press('Enter');
  const added = page.getByRole('textbox', { name: `Redirect URI ${existing + 1}`, exact: true });
  await expect(added).toBeFocused();
  await page.keyboard.type('https://portal.acme.example/keyboard/callback');
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/clients\/acme-web-portal$/);
  await expectToastAnnounced(page, 'Saved Acme Web Portal.');
  const redirects = page.locator('dt', { hasText: 'Redirect URIs' }).locator('xpath=following-sibling::dd');
  await expect(redirects).toContainText('https://portal.acme.example/keyboard/callback');
});

test('open a device session and filter the sessions by status with the arrow keys and by client', async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/devices');
  const rows = page.getByRole('table', { name: 'Device sessions of the tenant' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await skipToContent(page);

  const all = page.getByRole('radio', { name: /^All, \d+$/ });
  await tabTo(page, all);
  const details = rows.first().getByRole('link', { name: /: show details$/ });
  await tabTo(page, details);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /^Device session / })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(details).toBeFocused();
  await expectVisibleFocus(page);

  // back to the status filter: in a radiogroup the arrow keys move the choice
  for (let i = 0; i < 80 && !(await isFocused(all)); i += 1) await page.keyboard.press('Shift+Tab');
  await expect(all).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const pending = page.getByRole('radio', { name: /^Pending(, \d+)?$/ });
  await expect(pending).toBeChecked();
  await expect(pending).toBeFocused();
  await expectVisibleFocus(page);
  await expect(page).toHaveURL(/status=pending/);

  const picker = page.getByRole('combobox', { name: 'Client' });
  await tabTo(page, picker);
  // a closed native select takes its value from type-ahead
  await page.keyboard.type('Acme CLI');
  await expect(picker).toHaveValue('acme-cli');
  await expect(page).toHaveURL(/client_id=acme-cli/);
  await expect(pending).toBeChecked();
});

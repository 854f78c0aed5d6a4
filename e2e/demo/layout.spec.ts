import type { Page } from '@playwright/test';
import { FAILING_TOKEN_USER_ID, HOSTILE_CLIENT_ID, HOSTILE_SESSION_IP } from '../../src/mocks/identities';
import { expect, test } from '../support';

/**
 * Tables and pages at any width, by measurement: at a laptop's 1366×768 and a phone's 390×844 no page scrolls
 * sideways (a wide table scrolls inside its own labelled, focusable region), no cell's text runs over its
 * neighbour, and no text is cut off without a way to read it whole (its title, or the text itself on focus).
 * `UPDATE_README_SCREENSHOTS=1` also writes the README's screenshots of the tokens page at both sizes.
 */
const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const PAGES: { path: string; ready: (page: Page) => ReturnType<Page['locator']> }[] = [
  { path: '/', ready: (p) => p.getByRole('img', { name: /sessions created and \d+ ended/ }) },
  { path: '/tokens', ready: (p) => p.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr').first() },
  { path: '/clients', ready: (p) => p.getByRole('table', { name: 'OAuth clients of the tenant' }).locator('tbody tr').first() },
  { path: '/clients/acme-web-portal', ready: (p) => p.getByRole('heading', { level: 1, name: 'Acme Web Portal' }) },
  { path: `/clients/${HOSTILE_CLIENT_ID}`, ready: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/clients/acme-web-portal/edit', ready: (p) => p.getByRole('button', { name: 'Save changes' }) },
  { path: '/clients/acme-web-portal/history', ready: (p) => p.getByRole('table', { name: /^Change history of / }).locator('tbody tr td').first() },
  { path: `/clients/${HOSTILE_CLIENT_ID}/history`, ready: (p) => p.getByRole('table', { name: /^Change history of / }).locator('tbody tr td').first() },
  { path: '/clients/acme-web-portal/tokens', ready: (p) => p.getByRole('table').locator('tbody tr').first() },
  { path: '/clients/new', ready: (p) => p.getByRole('heading', { level: 1, name: 'New client' }) },
  { path: '/clients/new?kind=web', ready: (p) => p.getByRole('button', { name: 'Create client' }) },
  { path: '/devices', ready: (p) => p.getByRole('table', { name: 'Device sessions of the tenant' }).locator('tbody tr').first() },
  { path: '/sessions', ready: (p) => p.getByRole('table', { name: 'Sessions of the tenant' }).locator('tbody tr').first() },
  { path: `/sessions?ip=${HOSTILE_SESSION_IP}`, ready: (p) => p.getByRole('table', { name: 'Sessions of the tenant' }).locator('tbody tr').first() },
  { path: '/sessions/blacklist', ready: (p) => p.getByRole('table', { name: 'Blacklisted tokens' }).locator('tbody tr').first() },
  { path: `/users/${FAILING_TOKEN_USER_ID}`, ready: (p) => p.getByRole('table', { name: `Tokens of ${FAILING_TOKEN_USER_ID} by type and status` }) },
  { path: '/tools/inspect', ready: (p) => p.getByRole('heading', { level: 1, name: 'Token inspector' }) },
  { path: '/settings/tokens', ready: (p) => p.getByRole('textbox', { name: 'Access token lifetime' }) },
];

/** What is wrong with the layout of the page as it is on screen; empty when nothing is. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) problems.push(`the page scrolls sideways (${doc.scrollWidth} > ${window.innerWidth})`);
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const main = document.querySelector('main') ?? document.body;
  for (const el of Array.from(main.querySelectorAll('*')) as HTMLElement[]) {
    if (!el.offsetParent && el.tagName !== 'BODY') continue; // not rendered
    const style = getComputedStyle(el);
    // text cut off: an element that hides what overflows it, holding more than it shows
    const hides = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
    if (hides && el.scrollWidth > el.clientWidth + 1 && !el.closest('.visually-hidden') && el.textContent?.trim()) {
      const readable = el.title || el.closest('[title]') || el.getAttribute('aria-label');
      if (!readable) problems.push(`text cut off without a way to read it: ${describe(el)}`);
    }
  }
  // a table wider than its box must scroll in a named region a keyboard can reach
  for (const table of Array.from(main.querySelectorAll('table'))) {
    const box = table.parentElement;
    if (!box) continue;
    if (table.getBoundingClientRect().width > box.getBoundingClientRect().width + 1) {
      const style = getComputedStyle(box);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (!scrolls) problems.push(`a wide table spills out of its box: ${describe(table)}`);
      else if (box.tabIndex < 0 || !box.getAttribute('aria-label')) problems.push(`a scrolling table box is not focusable and named: ${describe(table)}`);
    }
    // a cell's content running over its neighbours
    for (const cell of Array.from(table.querySelectorAll('td, th')) as HTMLElement[]) {
      for (const child of Array.from(cell.children)) {
        const c = child.getBoundingClientRect();
        const r = cell.getBoundingClientRect();
        if (c.width > 0 && c.right > r.right + 2 && getComputedStyle(cell).overflowX === 'visible') {
          problems.push(`a cell's content runs over its neighbour: ${describe(child)}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

async function signInToDemo(page: Page) {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

for (const viewport of VIEWPORTS) {
  test(`every page fits a ${viewport.name} (${viewport.width}×${viewport.height}): no sideways scroll, nothing cut off unreadable`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signInToDemo(page);
    const found: string[] = [];
    for (const target of PAGES) {
      await page.goto(target.path);
      await expect(target.ready(page)).toBeVisible();
      await page.waitForFunction(() => !document.querySelector('[data-testid="skeleton-row"]'));
      for (const problem of await page.evaluate(layoutProblems)) found.push(`${target.path}: ${problem}`);
      if (target.path === '/tokens' && process.env.UPDATE_README_SCREENSHOTS) {
        await page.screenshot({ path: `e2e/readme/tokens-page-${viewport.name}.png` });
      }
    }
    expect(found).toEqual([]);
  });
}

test('on a phone the filters stack and each token row keeps its user and its action reachable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInToDemo(page);
  await page.goto('/tokens');
  const table = page.getByRole('table', { name: 'Tokens of the tenant' });
  const row = table.locator('tbody tr').filter({ hasText: 'Active' }).first();
  await expect(row).toBeVisible();
  // the user id and the Revoke button do not cover each other
  const user = row.getByRole('link', { name: /^usr_/ }).first();
  const revoke = row.getByRole('button', { name: /^Revoke token/ });
  const [u, r] = [await user.boundingBox(), await revoke.boundingBox()];
  expect(u && r && (u.x + u.width <= r.x || r.x + r.width <= u.x || u.y + u.height <= r.y || r.y + r.height <= u.y)).toBe(true);
  // the action is reachable: focusing it scrolls it into the table's visible box
  await revoke.focus();
  await expect(revoke).toBeInViewport();
  // the filters stack: each starts at the same left edge
  const filters = page.getByRole('search', { name: 'Filter tokens' }).or(page.getByRole('group', { name: 'Filter tokens' }));
  const fields = filters.locator('label, .field');
  const lefts = new Set<number>();
  for (const field of await fields.all()) {
    const box = await field.boundingBox();
    if (box) lefts.add(Math.round(box.x));
  }
  expect(lefts.size).toBeLessThanOrEqual(2);
});

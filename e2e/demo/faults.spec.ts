import type { Locator, Page } from '@playwright/test';
import { FAILING_TOKEN_IDS } from '../../src/mocks/identities';
import { expect, test } from '../support';

/**
 * Every fault of the demo's fault panel, and what the console shows for it. The faults are made inside the mock
 * (the service worker's handlers), so this is the console's real error handling at work.
 *
 * | fault (set in the panel)                | hits                | the console shows                                        | recovery                          |
 * |-----------------------------------------|---------------------|----------------------------------------------------------|-----------------------------------|
 * | latency 2 s                             | the list (reload)   | the table busy with skeleton rows, then the rows         | none needed                       |
 * | reads fail 100 %                        | the list            | ErrorPanel: server failed, HTTP 500, request id           | rate back to 0 %, Retry           |
 * | writes fail 100 %                       | a revoke            | the revoke dialog: server failed, HTTP 500, request id; row stays active | Cancel         |
 * | next request: 401                       | the list            | sign-in page: "Your session has expired…"                | Try the demo -> back on the list  |
 * | next request: 403                       | the list            | "Not an administrator" page                              | Tokens in the menu                |
 * | next request: 404                       | the list            | ErrorPanel: not found, HTTP 404                          | Retry                             |
 * | next read: 429 (retry_after 30 s)       | the list            | ErrorPanel at once: "Too many requests. Try again in 30 s." | Retry                          |
 * | next 3 reads: 500 (Problem)             | the list            | ErrorPanel: server failed, HTTP 500, request id          | Retry                             |
 * | next 3 reads: 502 (HTML)                | the list            | ErrorPanel: a page that is not an API answer, HTTP 502   | Retry                             |
 * | next 3 reads: network error             | the list            | ErrorPanel: the server could not be reached              | Retry                             |
 * | next request: malformed JSON            | the list            | ErrorPanel: the answer could not be read, HTTP 200       | Retry                             |
 * | expire my session                       | the page's reads    | sign-in page: "Your session has expired…"                | Try the demo -> back on the list  |
 *
 * A read that fails with 5xx or no answer is retried twice by the console before it shows the failure: those rows
 * arm 3 failures ("outlasts automatic retries"). A 429 is retried after the wait it asks for, when that is at most
 * 10 s; the demo's asks for 30 s, so the console shows it at once instead of holding the page (src/app/queryClient.ts).
 */

const rows = (page: Page) => page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr');
const errorPanel = (page: Page) => page.getByRole('alert').filter({ hasText: 'Something went wrong' });

async function openPanel(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /open the demo controls/ }).click();
  return page.getByRole('dialog', { name: 'Demo controls' });
}

async function closePanel(panel: Locator) {
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
}

/** "Next request fails with …": armed in the panel, then the list is read again (a reload). */
function nextFails(kind: string, count: '1 request' | '3 requests (outlasts automatic retries)' = '1 request') {
  return async (panel: Locator) => {
    await panel.getByLabel('Failure').selectOption({ label: kind });
    await panel.getByLabel('Applies to').selectOption({ label: 'a read (GET)' });
    await panel.getByLabel('How many').selectOption({ label: count });
    await panel.getByRole('button', { name: 'Arm' }).click();
    await expect(panel.getByRole('status')).toContainText(`Armed: ${kind}`);
  };
}

/** ErrorPanel with `message`, optionally the HTTP status and a request id; Retry brings the rows back. */
function errorPanelWith(message: string, options: { status?: string; requestId?: boolean } = {}) {
  return async (page: Page) => {
    const panel = errorPanel(page);
    await expect(panel).toContainText(message, { timeout: 15_000 });
    if (options.status) await expect(panel.locator('dd').first()).toHaveText(options.status);
    if (options.requestId) await expect(panel.locator('code')).toHaveText(/^req_/);
  };
}

async function retry(page: Page) {
  await errorPanel(page).getByRole('button', { name: 'Retry' }).click();
  await expect(errorPanel(page)).toBeHidden();
  await expect(rows(page).first()).toContainText('tok_');
}

async function signInAgain(page: Page) {
  await expect(page).toHaveURL(/\/sign-in\?.*reason=expired/);
  await expect(page.getByText('Your session has expired. Sign in again to go back where you were.')).toBeVisible();
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens(\?|$)/);
  await expect(rows(page).first()).toContainText('tok_');
}

/** Opens the revoke dialog of the first active token that is not rigged to fail, and confirms. */
async function revokeFirstActive(page: Page): Promise<string> {
  const active = rows(page).filter({ hasText: 'Active' });
  await expect(active.first()).toBeVisible();
  for (const row of await active.all()) {
    const id = (await row.locator('code').first().textContent()) ?? '';
    if ((FAILING_TOKEN_IDS as readonly string[]).includes(id)) continue;
    await row.getByRole('button', { name: `Revoke token ${id}` }).click();
    await page.getByRole('dialog', { name: 'Revoke this token?' }).getByRole('button', { name: 'Revoke token' }).click();
    return id;
  }
  throw new Error('no active token on the page');
}

const SERVER_FAILED = 'The server failed. Try again; if it persists, give the request id to your operator.';

interface FaultRow {
  fault: string;
  set: (panel: Locator, page: Page) => Promise<void>;
  /** What sends the request the fault hits: the list read again (reload), or a revoke. */
  hit: 'reload' | 'revoke' | 'panel';
  shows: (page: Page) => Promise<void>;
  recovers: (page: Page) => Promise<void>;
}

const FAULTS: FaultRow[] = [
  {
    fault: 'latency 2 s',
    set: (panel) => panel.getByRole('radio', { name: '2 s', exact: true }).check(),
    hit: 'reload',
    shows: async (page) => {
      await expect(page.getByRole('table', { name: 'Tokens of the tenant' })).toHaveAttribute('aria-busy', 'true');
      await expect(rows(page).first()).toContainText('tok_', { timeout: 10_000 });
    },
    recovers: async () => {},
  },
  {
    fault: 'reads fail 100 %',
    set: async (panel) => {
      await panel.getByLabel('Reads (GET) that fail').selectOption({ label: '100 %' });
    },
    hit: 'reload',
    shows: errorPanelWith(SERVER_FAILED, { status: '500', requestId: true }),
    recovers: async (page) => {
      const panel = await openPanel(page);
      await panel.getByLabel('Reads (GET) that fail').selectOption({ label: '0 %' });
      await closePanel(panel);
      await retry(page);
    },
  },
  {
    fault: 'writes fail 100 %',
    set: async (panel) => {
      await panel.getByLabel('Writes that fail').selectOption({ label: '100 %' });
    },
    hit: 'revoke',
    shows: async (page) => {
      const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
      await expect(dialog.getByRole('alert')).toContainText(SERVER_FAILED);
      await expect(dialog.getByRole('alert').locator('code')).toHaveText(/^req_/);
    },
    recovers: async (page) => {
      const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    },
  },
  {
    fault: '401',
    set: nextFails('401 Unauthorized'),
    hit: 'reload',
    shows: async (page) => {
      await expect(page.getByRole('heading', { name: 'Sign in to the authms console' })).toBeVisible();
    },
    recovers: signInAgain,
  },
  {
    fault: '403',
    set: nextFails('403 Forbidden'),
    hit: 'reload',
    shows: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Not an administrator' })).toBeVisible();
    },
    recovers: async (page) => {
      await page.getByRole('link', { name: 'Tokens' }).click();
      await expect(rows(page).first()).toContainText('tok_');
    },
  },
  {
    fault: '404',
    set: nextFails('404 Not found'),
    hit: 'reload',
    shows: errorPanelWith('Not found, or not in this tenant.', { status: '404', requestId: true }),
    recovers: retry,
  },
  {
    fault: '429 with retry_after',
    set: nextFails('429 Too many requests (retry after)'),
    hit: 'reload',
    shows: errorPanelWith('Too many requests. Try again in 30 s.', { status: '429' }),
    recovers: retry,
  },
  {
    fault: '500 Problem with request_id',
    set: nextFails('500 Server error (with a request id)', '3 requests (outlasts automatic retries)'),
    hit: 'reload',
    shows: errorPanelWith(SERVER_FAILED, { status: '500', requestId: true }),
    recovers: retry,
  },
  {
    fault: '502 HTML page',
    set: nextFails('502 Bad gateway (an HTML page)', '3 requests (outlasts automatic retries)'),
    hit: 'reload',
    shows: errorPanelWith('answered 502 with a page that is not an API answer', { status: '502' }),
    recovers: retry,
  },
  {
    fault: 'network error',
    set: nextFails('Network error (no answer)', '3 requests (outlasts automatic retries)'),
    hit: 'reload',
    shows: errorPanelWith('The server could not be reached.'),
    recovers: retry,
  },
  {
    fault: 'malformed JSON',
    set: nextFails('Malformed JSON (the answer is cut off)'),
    hit: 'reload',
    shows: errorPanelWith("The server's answer could not be read", { status: '200' }),
    recovers: retry,
  },
  {
    fault: 'expire my session',
    set: (panel) => panel.getByRole('button', { name: 'Expire my session' }).click(),
    hit: 'panel',
    shows: async (page) => {
      await expect(page.getByRole('heading', { name: 'Sign in to the authms console' })).toBeVisible();
    },
    recovers: signInAgain,
  },
];

// each row stands alone (its own tab, its own demo data and faults): spread them over the workers
test.describe.configure({ mode: 'parallel' });

test.beforeEach(async ({ page }) => {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(rows(page).first()).toContainText('tok_');
});

for (const row of FAULTS) {
  test(`fault: ${row.fault}`, async ({ page }) => {
    const panel = await openPanel(page);
    await row.set(panel, page);
    if (row.hit !== 'panel') await closePanel(panel);
    if (row.hit === 'reload') await page.reload();
    if (row.hit === 'revoke') await revokeFirstActive(page);
    await row.shows(page);
    await row.recovers(page);
  });
}

test('the badge says when faults are on, and "Clear all faults" turns them off', async ({ page }) => {
  const badge = page.getByRole('button', { name: 'Demo mode: open the demo controls' });
  await expect(badge).toHaveText('DEMO');
  const panel = await openPanel(page);
  await panel.getByRole('radio', { name: '300 ms', exact: true }).check();
  await nextFails('404 Not found')(panel);
  await closePanel(panel);
  await expect(page.getByRole('button', { name: 'Demo mode, faults on: open the demo controls' })).toContainText(
    'faults on',
  );

  await page.reload();
  const again = await openPanel(page);
  await expect(again.getByRole('radio', { name: '300 ms', exact: true })).toBeChecked();
  await again.getByRole('button', { name: 'Clear all faults' }).click();
  await expect(again.getByRole('radio', { name: 'None', exact: true })).toBeChecked();
  await expect(again.getByRole('status')).toHaveText('Nothing armed.');
  await closePanel(again);
  await expect(badge).toHaveText('DEMO');
});

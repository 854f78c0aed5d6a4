import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { DEMO_ADMIN_TOKEN, FAILING_TOKEN_USER_ID, HOSTILE_SESSION_ID, HOSTILE_SESSION_IP } from '../../src/mocks/identities';
import { expect, test } from '../support';

/**
 * axe (WCAG 2.2 AA) on every page and with every dialog open, in light and dark, in English and Chinese:
 * 0 violations. One page load per row; theme and language change in place (the theme follows the emulated system
 * setting, the language through the header's select). Add a row when a page or a dialog lands.
 */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Row {
  name: string;
  path: string;
  /** What says the page has loaded (in English, the first language checked). */
  ready: (page: Page) => Locator;
  /** Opens a dialog (English labels); the row is then checked with the dialog open. */
  open?: (page: Page) => Promise<void>;
  /** Brings the page into the state to check (e.g. a result shown), after it is ready and before any dialog. */
  prepare?: (page: Page) => Promise<void>;
  signedOut?: boolean;
}

const firstRow = (page: Page, table: string) => page.getByRole('table', { name: table }).locator('tbody tr td').first();
const tokensTable = 'Tokens of the tenant';
const sessionsTable = 'Sessions of the tenant';

/** A user of the demo with a trusted device, asked of the demo's API in the page (its service worker holds the data). */
const userWithTrustedDevice = (page: Page) =>
  page.evaluate(async (token) => {
    const answer = await fetch('/session/api/v1/admin/trusted-devices?page_size=1', { headers: { Authorization: `Bearer ${token}` } });
    return ((await answer.json()) as { items: { user_id: string }[] }).items[0]?.user_id ?? '';
  }, DEMO_ADMIN_TOKEN);

const PAGES: Row[] = [
  { name: 'sign-in', path: '/sign-in', signedOut: true, ready: (p) => p.getByRole('button', { name: 'Try the demo' }) },
  {
    name: 'sign-in with an access token',
    path: '/sign-in?method=token',
    signedOut: true,
    ready: (p) => p.getByLabel('Admin access token'),
  },
  {
    name: 'sign-in callback error',
    // an answer that belongs to no sign-in of this tab; after the language's reload, the bare callback's own page
    path: '/auth/callback?error=access_denied&state=not-this-tab',
    signedOut: true,
    ready: (p) => p.getByRole('heading', { level: 1, name: 'This sign-in answer does not belong to this tab' }),
  },
  // the chart is drawn once the stats have come
  { name: 'overview', path: '/', ready: (p) => p.getByRole('img', { name: /sessions created and \d+ ended/ }) },
  { name: 'tokens', path: '/tokens', ready: (p) => firstRow(p, tokensTable) },
  { name: "a user's tokens", path: `/tokens?user_id=${FAILING_TOKEN_USER_ID}`, ready: (p) => firstRow(p, tokensTable) },
  { name: 'clients', path: '/clients', ready: (p) => firstRow(p, 'OAuth clients of the tenant') },
  { name: 'new client', path: '/clients/new', ready: (p) => p.getByRole('heading', { level: 1, name: 'New client' }) },
  { name: 'client', path: '/clients/acme-web-portal', ready: (p) => p.getByRole('heading', { level: 1, name: 'Acme Web Portal' }) },
  {
    name: "client's history",
    path: '/clients/acme-web-portal/history',
    ready: (p) => p.getByRole('table', { name: 'Change history of Acme Web Portal' }).locator('tbody tr td').first(),
  },
  {
    name: 'hostile client history',
    path: '/clients/hostile-input-sample/history',
    ready: (p) => p.getByRole('table', { name: /^Change history of / }).locator('tbody tr td').first(),
  },
  { name: 'hostile client', path: '/clients/hostile-input-sample', ready: (p) => p.getByRole('heading', { level: 1 }) },
  { name: 'edit client', path: '/clients/acme-web-portal/edit', ready: (p) => p.getByRole('button', { name: 'Save changes' }) },
  {
    name: "client's tokens",
    path: '/clients/acme-web-portal/tokens',
    ready: (p) => p.getByRole('table').locator('tbody tr td').first(),
  },
  { name: 'device sessions', path: '/devices', ready: (p) => firstRow(p, 'Device sessions of the tenant') },
  { name: 'sessions', path: '/sessions', ready: (p) => firstRow(p, sessionsTable) },
  { name: 'hostile session', path: `/sessions?ip=${HOSTILE_SESSION_IP}`, ready: (p) => firstRow(p, sessionsTable) },
  { name: 'token blacklist', path: '/sessions/blacklist', ready: (p) => firstRow(p, 'Blacklisted tokens') },
  {
    name: 'user at a glance',
    path: `/users/${FAILING_TOKEN_USER_ID}`,
    ready: (p) => p.getByRole('table', { name: `Tokens of ${FAILING_TOKEN_USER_ID} by type and status` }),
  },
  { name: 'token inspector', path: '/tools/inspect', ready: (p) => p.getByRole('heading', { level: 1, name: 'Token inspector' }) },
  {
    name: 'token inspector, an active token',
    path: '/tools/inspect',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Token inspector' }),
    prepare: async (p) => {
      await p.getByRole('button', { name: 'Active', exact: true }).click();
      await p.getByRole('button', { name: 'Inspect' }).click();
      await expect(p.getByRole('region', { name: 'What the server says' }).getByText('Active')).toBeVisible();
    },
  },
  {
    name: 'token inspector, not a JWT',
    path: '/tools/inspect',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Token inspector' }),
    prepare: async (p) => {
      await p.getByRole('textbox', { name: 'Token' }).fill('opaque-or-garbage');
      await p.getByRole('button', { name: 'Inspect' }).click();
      await expect(p.getByRole('region', { name: 'What the server says' }).getByText('Not active')).toBeVisible();
    },
  },
  {
    name: 'token lifetimes, edited',
    path: '/settings/tokens',
    ready: (p) => p.getByRole('textbox', { name: 'Access token lifetime' }),
    prepare: async (p) => {
      await p.getByRole('textbox', { name: 'Access token lifetime' }).fill('30');
      await p.getByRole('textbox', { name: 'Refresh token lifetime' }).fill('0');
      await p.getByRole('button', { name: /^Save/ }).click();
      await expect(p.getByText('Must be more than 0.')).toBeVisible();
    },
  },
  { name: 'not found', path: '/no-such-page', ready: (p) => p.getByRole('heading', { name: 'Page not found' }) },
  { name: 'forbidden', path: '/forbidden', ready: (p) => p.getByRole('heading', { name: 'Not an administrator' }) },
];

const DIALOGS: Row[] = [
  {
    name: 'revoke a token',
    path: '/tokens?status=active',
    ready: (p) => firstRow(p, tokensTable),
    open: (p) => p.getByRole('button', { name: /^Revoke token / }).first().click(),
  },
  {
    name: 'revoke selected tokens',
    path: '/tokens?status=active',
    ready: (p) => firstRow(p, tokensTable),
    open: async (p) => {
      await p.getByRole('checkbox', { name: 'Select all active tokens on this page' }).check();
      await p.getByRole('button', { name: /^Revoke \d+ selected tokens?$/ }).click();
    },
  },
  {
    name: "revoke a user's tokens",
    path: `/tokens?user_id=${FAILING_TOKEN_USER_ID}`,
    ready: (p) => firstRow(p, tokensTable),
    open: (p) => p.getByRole('button', { name: /^Revoke all/ }).first().click(),
  },
  {
    name: "revoke a client's tokens",
    path: '/clients/acme-web-portal/tokens',
    ready: (p) => p.getByRole('table').locator('tbody tr td').first(),
    open: (p) => p.getByRole('button', { name: 'Revoke all tokens of this client' }).click(),
  },
  {
    name: 'delete a client',
    path: '/clients/acme-web-portal',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Acme Web Portal' }),
    open: (p) => p.getByRole('button', { name: 'Delete client…' }).click(),
  },
  {
    name: 'rotate the secret',
    path: '/clients/acme-web-portal',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Acme Web Portal' }),
    open: (p) => p.getByRole('button', { name: 'Rotate secret…' }).click(),
  },
  {
    name: 'leave without saving',
    path: '/clients/acme-web-portal/edit',
    ready: (p) => p.getByRole('button', { name: 'Save changes' }),
    open: async (p) => {
      await p.getByRole('textbox', { name: /^Name/ }).fill('Changed name');
      await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tokens' }).click();
    },
  },
  {
    name: 'device session details',
    path: '/devices',
    ready: (p) => firstRow(p, 'Device sessions of the tenant'),
    open: (p) => p.getByRole('link', { name: /: show details$/ }).first().click(),
  },
  {
    name: 'end a device session',
    path: '/devices?status=pending',
    ready: (p) => firstRow(p, 'Device sessions of the tenant'),
    open: (p) => p.getByRole('button', { name: /^End session / }).first().click(),
  },
  {
    name: 'session details',
    path: `/sessions?ip=${HOSTILE_SESSION_IP}&session=${HOSTILE_SESSION_ID}`,
    ready: (p) => p.getByRole('dialog', { name: 'Session details' }).getByText('Fingerprint', { exact: true }),
    open: async () => undefined,
  },
  {
    name: 'end selected sessions',
    path: '/sessions?status=active',
    ready: (p) => firstRow(p, sessionsTable),
    open: async (p) => {
      await p.getByRole('checkbox', { name: 'Select all active sessions on this page' }).check();
      await p.getByRole('button', { name: /^End \d+ selected sessions?$/ }).click();
    },
  },
  {
    name: 'ending sessions: each step',
    path: '/sessions?status=active',
    ready: (p) => firstRow(p, sessionsTable),
    open: async (p) => {
      await p.getByRole('button', { name: /^End session ses_/ }).first().click();
      await p.getByRole('checkbox', { name: /^Also revoke every token of/ }).check();
      await p.getByRole('button', { name: 'End session and revoke tokens' }).click();
      await expect(p.getByRole('list', { name: 'Each step and its outcome' }).getByText('Done', { exact: true })).toHaveCount(3);
    },
  },
  {
    name: "end a user's sessions",
    path: `/sessions?user_id=${FAILING_TOKEN_USER_ID}`,
    ready: (p) => p.getByRole('button', { name: `End every session of ${FAILING_TOKEN_USER_ID}…` }),
    open: (p) => p.getByRole('button', { name: `End every session of ${FAILING_TOKEN_USER_ID}…` }).click(),
  },
  {
    name: 'purge expired sessions',
    path: '/sessions',
    ready: (p) => firstRow(p, sessionsTable),
    open: (p) => p.getByRole('button', { name: 'Purge expired sessions…' }).click(),
  },
  {
    name: 'lift a blacklist entry',
    path: '/sessions/blacklist',
    ready: (p) => firstRow(p, 'Blacklisted tokens'),
    open: (p) => p.getByRole('button', { name: /^Lift the blacklist entry of token / }).first().click(),
  },
  {
    name: 'sign out everywhere',
    path: `/users/${FAILING_TOKEN_USER_ID}`,
    ready: (p) => p.getByRole('heading', { level: 1, name: FAILING_TOKEN_USER_ID }),
    open: (p) => p.getByRole('button', { name: 'Sign out everywhere…' }).click(),
  },
  {
    name: 'forget a trusted device',
    path: '/sessions',
    ready: (p) => firstRow(p, sessionsTable),
    open: async (p) => {
      await p.goto(`/users/${await userWithTrustedDevice(p)}`);
      await p.getByRole('button', { name: /^Forget the device / }).first().click();
    },
  },
  {
    name: 'command palette, with server results',
    path: '/tokens',
    ready: (p) => firstRow(p, tokensTable),
    open: async (p) => {
      await p.keyboard.press('Control+k');
      await p.getByRole('dialog', { name: 'Jump to' }).getByRole('combobox').fill('acme');
      await expect(p.getByRole('group', { name: 'Clients' })).toBeVisible();
    },
  },
  {
    name: 'keyboard shortcuts',
    path: '/tokens',
    ready: (p) => firstRow(p, tokensTable),
    open: async (p) => {
      await p.locator('body').click({ position: { x: 5, y: 300 } });
      await p.keyboard.press('?');
    },
  },
  {
    name: 'export a list',
    path: '/tokens?status=active',
    ready: (p) => firstRow(p, tokensTable),
    open: async (p) => {
      await p.getByRole('button', { name: 'Export…' }).click();
      const dialog = p.getByRole('dialog', { name: 'Export: Tokens' });
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(dialog.getByText(/rows? saved as/)).toBeVisible();
    },
  },
  {
    name: 'reset the lifetimes',
    path: '/settings/tokens',
    ready: (p) => p.getByRole('textbox', { name: 'Access token lifetime' }),
    open: (p) => p.getByRole('button', { name: 'Reset to defaults…' }).click(),
  },
  {
    name: 'demo controls',
    path: '/tokens',
    ready: (p) => firstRow(p, tokensTable),
    open: (p) => p.getByRole('button', { name: /open the demo controls/ }).click(),
  },
];

async function signInToDemo(page: Page) {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('authms.console.session')) {
      sessionStorage.setItem(
        'authms.console.session',
        JSON.stringify({ token: 'demo-admin-token', baseUrl: '', demo: true, tenant: 'Acme Demo' }),
      );
    }
  });
}

/** Waits for two frames, so React has rendered what the last change asked for. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await settle(page);
}

async function setLanguage(page: Page, row: Row, language: 'en' | 'zh-CN') {
  // the header's select, found without its (translated) name; it stays in the DOM behind a modal dialog
  const select = page.locator('select:has(option[value="zh-CN"])');
  if ((await select.count()) > 0) {
    await select.first().selectOption(language, { force: true });
  } else {
    await page.evaluate((lng) => localStorage.setItem('authms.console.language', lng), language);
    await page.reload();
    if (language === 'en') await expect(row.ready(page)).toBeVisible();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await settle(page);
}

/**
 * Violations found in other areas' code and reported to their owners, so that the rest stays checked meanwhile.
 * Each entry must still occur: a fix makes this spec fail until its entry is removed.
 */
const KNOWN: { row: string; rule: string; target: string; owner: string }[] = [];

interface Violation {
  row: string;
  rule: string;
  text: string;
}

/**
 * axe-core run in the page through its own API (`axe.run`), injected once per page load: @axe-core/playwright's
 * builder injects it again on every scan, ~0.9 s of each, and a row scans four times.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function scan(page: Page, row: Row, label: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // with a dialog open, the page behind it is inert; the page itself has its own row
  const context = row.open ? '[role="dialog"]' : 'html';
  // details of violations only, which makes a scan much faster
  const results = await page.evaluate(
    ([selector, tags]) =>
      (window as unknown as { axe: { run: (context: string, options: object) => Promise<AxeResults> } }).axe.run(selector, {
        resultTypes: ['violations'],
        runOnly: { type: 'tag', values: tags },
      }),
    [context, WCAG] as const,
  );
  return results.violations.map((v) => {
    const targets = v.nodes.map((n) => n.target.join(' '));
    const more = targets.length > 4 ? ` +${targets.length - 4}` : '';
    return { row: row.name, rule: v.id, text: `${label}: ${v.id} (${v.impact}) ${v.help} — ${targets.slice(0, 4).join(', ')}${more}` };
  });
}

async function checkRow(page: Page, row: Row) {
  if (!row.signedOut) await signInToDemo(page);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(row.path);
  await expect(row.ready(page)).toBeVisible();
  await row.prepare?.(page);
  const dialog = page.getByRole('dialog').last();
  if (row.open) {
    await row.open(page);
    await expect(dialog).toBeVisible();
  }
  const found: Violation[] = [];
  for (const language of ['en', 'zh-CN'] as const) {
    if (language !== 'en') await setLanguage(page, row, language);
    for (const theme of language === 'en' ? (['light', 'dark'] as const) : (['dark', 'light'] as const)) {
      await setTheme(page, theme);
      if (row.open) await expect(dialog).toBeVisible();
      found.push(...(await scan(page, row, `${row.name} [${theme}, ${language}]`)));
    }
  }
  const known = KNOWN.filter((k) => k.row === row.name);
  const isKnown = (v: Violation) => known.some((k) => k.rule === v.rule && v.text.includes(k.target));
  expect(found.filter((v) => !isKnown(v)).map((v) => v.text)).toEqual([]);
  const fixed = known.filter((k) => !found.some((v) => v.rule === k.rule && v.text.includes(k.target)));
  expect(fixed, 'fixed: remove these from KNOWN').toEqual([]);
}

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // Its rows are independent (each signs in to its own demo in its own context): spread over both workers, the
  // suite's longest file (~230 s of ~730) no longer keeps one worker busy a minute after the other has finished.
  test.describe.configure({ mode: 'parallel' });
  test.afterEach(async ({ page }) => {
    await page.evaluate(() => localStorage.removeItem('authms.console.language')).catch(() => undefined);
  });
  for (const row of PAGES) {
    test(`page: ${row.name}`, async ({ page }) => checkRow(page, row));
  }
  for (const row of DIALOGS) {
    test(`dialog: ${row.name}`, async ({ page }) => checkRow(page, row));
  }
});

import type { Locator, Page } from '@playwright/test';
import { HOSTILE_CLIENT_ID, HOSTILE_USER_AGENT, HOSTILE_USER_AGENT_TOKEN_ID } from '../../src/mocks/identities';
import { expect, test } from '../support';

/**
 * The mock serves hostile strings (src/mocks/db/seed): markup with event handlers in a user agent and a client's
 * name, scopes and grant types; javascript: and data: URLs for a logo, website, terms and JWKS; very long URLs;
 * a right-to-left override. Every page that shows them must render them as text: nothing runs, no element comes
 * from them, no unsafe link or image, no CSP violation, and the page does not scroll sideways. Add a row when a
 * page that shows server strings lands.
 */
/** The hostile string shown literally, as text or as the title that holds the full value. */
const literally = (text: string) => (p: Page) => p.getByText(text).or(p.getByTitle(text, { exact: true })).first();

const PAGES: { name: string; path: string; ready: (page: Page) => Locator; shows: ((page: Page) => Locator)[] }[] = [
  {
    name: 'tokens',
    path: '/tokens',
    ready: (p) => p.getByRole('row').filter({ hasText: HOSTILE_USER_AGENT_TOKEN_ID }),
    shows: [literally(HOSTILE_USER_AGENT)],
  },
  {
    name: 'clients',
    path: '/clients?name=hostile',
    ready: (p) => p.getByRole('table', { name: 'OAuth clients of the tenant' }).locator('tbody tr td').first(),
    shows: [literally('<img src=x onerror=alert(1)>')],
  },
  {
    name: 'client',
    path: `/clients/${HOSTILE_CLIENT_ID}`,
    ready: (p) => p.getByRole('heading', { level: 1 }),
    shows: [literally('<img src=x onerror=alert(1)>'), literally('"><svg onload=alert(1)>'), literally('urn:example:grant-type:<b>bold</b>')],
  },
  {
    // actors, user agents, actions, fields and old/new values from the audit log
    name: "client's history",
    path: `/clients/${HOSTILE_CLIENT_ID}/history`,
    ready: (p) => p.getByRole('table', { name: /^Change history of / }).locator('tbody tr td').first(),
    shows: [literally('<img src=x onerror=alert(1)>'), literally('client.<img src=x onerror=alert(2)>'), literally('"><svg onload=alert(4)>'), literally('<i>field</i>')],
  },
  {
    name: 'edit client',
    path: `/clients/${HOSTILE_CLIENT_ID}/edit`,
    ready: (p) => p.getByRole('button', { name: 'Save changes' }),
    shows: [],
  },
  {
    name: "client's tokens",
    path: `/clients/${HOSTILE_CLIENT_ID}/tokens`,
    ready: (p) => p.getByRole('heading', { level: 1 }),
    shows: [],
  },
  {
    name: 'device sessions',
    path: '/devices',
    ready: (p) => p.getByRole('table', { name: 'Device sessions of the tenant' }).locator('tbody tr td').first(),
    shows: [],
  },
];

declare global {
  interface Window {
    __pwned?: unknown;
    __hostileCsp?: string[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    sessionStorage.setItem(
      'authms.console.session',
      JSON.stringify({ token: 'demo-admin-token', baseUrl: '', demo: true, tenant: 'Acme Demo' }),
    );
    window.__hostileCsp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__hostileCsp?.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});

/** What a hostile string would leave behind had it been rendered as HTML or followed as a URL. */
function traces() {
  const unsafeUrl = /^\s*(javascript|data|vbscript):/i;
  const found: string[] = [];
  if (window.__pwned !== undefined) found.push('window.__pwned was set');
  for (const img of Array.from(document.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (src === 'x' || unsafeUrl.test(src)) found.push(`img src=${src}`);
  }
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (unsafeUrl.test(href)) found.push(`a href=${href.slice(0, 40)}`);
  }
  for (const el of Array.from(document.querySelectorAll('[onerror], [onload], [onclick], svg, b, script:not([src])'))) {
    if (el.closest('[data-sonner-toaster]')) continue;
    if (el.tagName === 'svg' && !el.hasAttribute('onload')) continue;
    if (el.tagName === 'SCRIPT' && el.textContent?.includes('document.createElement(\'base\')')) continue;
    found.push(`<${el.tagName.toLowerCase()}> from server text: ${el.outerHTML.slice(0, 80)}`);
  }
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  if (overflow > 1) found.push(`the page scrolls sideways by ${overflow}px`);
  return { found, csp: window.__hostileCsp ?? [] };
}

for (const row of PAGES) {
  test(`hostile server strings stay text: ${row.name}`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(row.path);
    await expect(row.ready(page).first()).toBeVisible();
    for (const shown of row.shows) await expect(shown(page)).toBeAttached();
    // let images load (or fail) and handlers fire, had any been created
    await page.waitForTimeout(300);
    const { found, csp } = await page.evaluate(traces);
    expect(found).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(csp, 'CSP violations').toEqual([]);
  });
}

test('a narrow window keeps long server strings inside their boxes', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/clients/${HOSTILE_CLIENT_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { found } = await page.evaluate(traces);
  expect(found).toEqual([]);
});

import type { Page } from '@playwright/test';
import { FAILING_TOKEN_USER_ID } from '../../src/mocks/identities';
import { expect, test, DEMO_ADMIN_TOKEN, signInWithToken } from '../support';

// The production build carries a Content-Security-Policy (vite.config.ts). Every page must work under it: no
// violation, no CSP message in the console. Add a row when a page lands.
const PAGES: { path: string; ready: (page: Page) => ReturnType<Page['getByRole']> }[] = [
  // the overview draws its chart (visx, SVG) only once the stats have come
  { path: '/', ready: (page) => page.getByRole('img', { name: /sessions created and \d+ ended/ }) },
  { path: '/tokens', ready: (page) => page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr').first() },
  { path: '/clients', ready: (page) => page.getByRole('table', { name: 'OAuth clients of the tenant' }).locator('tbody tr').first() },
  { path: '/clients/acme-web-portal', ready: (page) => page.getByRole('heading', { level: 1, name: 'Acme Web Portal' }) },
  { path: '/clients/acme-web-portal/edit', ready: (page) => page.getByRole('button', { name: /^Save/ }) },
  { path: '/clients/acme-web-portal/history', ready: (page) => page.getByRole('table', { name: /^Change history of/ }).locator('tbody tr td').first() },
  { path: '/clients/acme-web-portal/tokens', ready: (page) => page.getByRole('table').locator('tbody tr').first() },
  { path: '/devices', ready: (page) => page.getByRole('table').locator('tbody tr').first() },
  { path: '/sessions', ready: (page) => page.getByRole('table', { name: 'Sessions of the tenant' }).locator('tbody tr').first() },
  { path: '/sessions/blacklist', ready: (page) => page.getByRole('table', { name: 'Blacklisted tokens' }).locator('tbody tr').first() },
  { path: `/users/${FAILING_TOKEN_USER_ID}`, ready: (page) => page.getByRole('table', { name: `Tokens of ${FAILING_TOKEN_USER_ID} by type and status` }) },
  { path: '/tools/inspect', ready: (page) => page.getByRole('textbox', { name: 'Token' }) },
  { path: '/settings/tokens', ready: (page) => page.getByRole('textbox', { name: 'Access token lifetime' }) },
];

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations?.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
});

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);
const cspMessages = (errors: string[]) => errors.filter((text) => /content security policy/i.test(text));

test('every page of the production build works under its Content-Security-Policy', async ({ page, consoleErrors }) => {
  await page.goto('/sign-in');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toMatch(/connect-src 'self' [^;]*http:\/\/127\.0\.0\.1:\*/);

  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  for (const { path, ready } of PAGES) {
    await page.goto(path);
    await expect(ready(page), path).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
  // a dialog and a toast: Radix and sonner add their styles at run time
  await page.goto('/tokens?status=active');
  await page.getByRole('button', { name: /^Revoke token / }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Copy token id/ }).first().click();
  await expect(page.locator('[data-sonner-toast]')).toBeVisible();

  expect(await violations(page)).toEqual([]);
  expect(cspMessages(consoleErrors)).toEqual([]);
});

test('the policy is in force: an injected inline script does not run', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return (window as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(page)).toContainEqual(expect.objectContaining({ directive: 'script-src-elem' }));
});

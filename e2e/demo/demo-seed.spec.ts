import { DEMO_ADMIN_TOKEN, HOSTILE_CLIENT_ID } from '../../src/mocks/identities';
import { expect, test } from '../support';

const DOCUMENTATION_RANGE = /^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:)/;

test.beforeEach(async ({ page }) => {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens/);
});

test("the demo's tokens read as real: documentation IPs, browsers and command-line clients", async ({ page }) => {
  const items = await page.evaluate(async (token) => {
    const response = await fetch('/session/api/v1/admin/tokens?page_size=100', {
      headers: { Authorization: `Bearer ${token}` },
    });
    return ((await response.json()) as { items: { ip?: string; user_agent?: string }[] }).items;
  }, DEMO_ADMIN_TOKEN);
  expect(items).toHaveLength(100);
  for (const { ip } of items) expect(ip ?? '').toMatch(DOCUMENTATION_RANGE);
  const agents = items.map((t) => t.user_agent ?? '');
  expect(agents.filter((ua) => ua.startsWith('Mozilla/5.0')).length).toBeGreaterThan(20);
  expect(agents.some((ua) => /^(curl|authms-cli|python-requests|Go-http-client|okhttp)\//.test(ua))).toBe(true);
});

test('the hostile-input sample client shows its markup and javascript: URLs as inert text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto(`/clients/${HOSTILE_CLIENT_ID}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Hostile input sample <img src=x onerror=alert(1)>');
  await expect(page.getByText('javascript:alert(1)').first()).toBeVisible();
  expect(await page.locator('img[src="x"], img[src^="javascript:"], svg[onload]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);

  // its tokens carry `<script>` in the user agent: shown (shortened) as text in the list of the user's tokens
  const owner = await page.evaluate(async (token) => {
    for (let page = 1; page <= 10; page += 1) {
      const response = await fetch(`/session/api/v1/admin/tokens?page_size=100&page=${page}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const items = ((await response.json()) as { items: { user_id?: string; user_agent?: string }[] }).items;
      const hostile = items.find((t) => t.user_agent?.startsWith('<script>'));
      if (hostile) return hostile.user_id;
    }
    return undefined;
  }, DEMO_ADMIN_TOKEN);
  expect(owner).toBeDefined();
  await page.goto(`/tokens?user_id=${owner}`);
  const cell = page.getByRole('table', { name: 'Tokens of the tenant' }).getByText('<script>alert("ua")</script>').first();
  await expect(cell).toBeVisible();
  await expect(cell).toHaveAttribute('title', '<script>alert("ua")</script> HostileSample/1.0');
  const inlineScripts = await page.locator('script:not([src])').evaluateAll((all) => all.map((s) => s.textContent ?? ''));
  expect(inlineScripts.filter((text) => text.includes('alert'))).toEqual([]);
  expect(dialogs).toEqual([]);
});

import type { Server } from 'node:http';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { expect, test } from '../support';

// The one demo build (dist-demo, base-relative) served by a plain static host under /console/, with the usual
// fallback to index.html: the same files the other demo specs use at the root.
let server: Server;
let origin: string;

test.beforeAll(async () => {
  ({ server, origin } = await serveStatic('dist-demo', '/console/'));
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the demo build works under a sub-path: sign-in from a deep link, reload, navigation', async ({ page }) => {
  await page.goto(`${origin}/console/clients/acme-hr-portal`);
  await expect(page).toHaveURL(/\/console\/sign-in\?/);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(`${origin}/console/clients/acme-hr-portal`);
  await expect(page.getByRole('heading', { level: 1, name: 'Acme HR Portal' })).toBeVisible();
  await expect(page.getByText('Mock data — nothing here touches a real server')).toBeVisible();

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toBe(`${origin}/console/`);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme HR Portal' })).toBeVisible();

  await page.getByRole('link', { name: 'Device sessions' }).click();
  await expect(page).toHaveURL(`${origin}/console/devices`);
  await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
});

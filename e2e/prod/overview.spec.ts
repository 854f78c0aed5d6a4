import { expect, test, DEMO_ADMIN_TOKEN, MOCK_API_URL, signInWithToken } from '../support';

// Read-only: the mock HTTP server is shared with the other prod specs.

test('the production build starts on the overview; a failing route fails its own tile only', async ({ page }) => {
  // the session stats fail: their tiles say so with a Retry, every other figure is there
  let failing = true;
  await page.route(`${MOCK_API_URL}/session/api/v1/admin/sessions/stats`, (route) =>
    failing
      ? route.fulfill({
          status: 500,
          contentType: 'application/problem+json',
          headers: { 'access-control-allow-origin': '*' },
          body: JSON.stringify({ title: 'Internal Server Error', status: 500, detail: 'stats store down', request_id: 'req_e2e_stats' }),
        })
      : route.fallback(),
  );
  await page.goto('/sign-in');
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await expect(page.getByRole('link', { name: /^[\d,]+ access tokens$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^\d+ suspended clients$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^\d+ pending now$/ })).toBeVisible();
  const sessions = page.getByRole('region', { name: 'Active sessions', exact: true });
  await expect(sessions.getByRole('alert')).toContainText('req_e2e_stats');
  await expect(page.getByRole('region', { name: 'Active tokens' }).getByRole('alert')).toHaveCount(0);

  failing = false;
  await sessions.getByRole('button', { name: 'Retry' }).click();
  await expect(sessions.getByRole('link', { name: /^\d+ active sessions$/ })).toBeVisible();
  await expect(sessions.getByRole('alert')).toHaveCount(0);

  await page.getByRole('link', { name: /^\d+ suspended clients$/ }).click();
  await expect(page).toHaveURL(/\/clients\?status=suspended$/);
  await expect(page.getByRole('table', { name: 'OAuth clients of the tenant' }).locator('tbody tr').first()).toContainText('Suspended');
});

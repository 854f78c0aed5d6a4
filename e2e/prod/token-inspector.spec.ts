import type { APIRequestContext } from '@playwright/test';
import { mockJwt } from '../../src/mocks/db/tokenText';
import { expect, test, DEMO_ADMIN_TOKEN, MOCK_API_URL, signInWithToken } from '../support';

/** An active refresh token of the mock HTTP server (long-lived), as the JWT-looking text the mock reads back. */
async function activeTokenText(request: APIRequestContext): Promise<string> {
  const answer = await request.get(`${MOCK_API_URL}/session/api/v1/admin/tokens?status=active&type=refresh&page_size=1`, {
    headers: { Authorization: `Bearer ${DEMO_ADMIN_TOKEN}` },
  });
  const token = ((await answer.json()) as { items: { id: string; user_id: string; created_at: string; expires_at: string }[] }).items[0]!;
  return mockJwt({
    jti: token.id,
    sub: token.user_id,
    client_id: 'acme-web-portal',
    scope: 'openid profile offline_access',
    iat: Date.parse(token.created_at),
    exp: Date.parse(token.expires_at),
  });
}

// The pasted token is a secret: it goes to the introspection endpoint's body and nowhere else — not to storage, the
// address, the console or any other request — and it is gone when the admin leaves the page.
test('an inspected token never reaches storage, the address, the console or another request, and is cleared on leaving', async ({
  page,
  request,
}) => {
  const secret = await activeTokenText(request);
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  const sent: { url: string; body: string }[] = [];
  page.on('request', (r) => sent.push({ url: r.url(), body: r.postData() ?? '' }));

  await page.goto('/tokens');
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  await expect(page.getByRole('table', { name: 'Tokens of the tenant' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Token inspector' }).click();
  const field = page.getByRole('textbox', { name: 'Token' });
  await field.fill(`Bearer ${secret}\n`);
  await page.getByRole('button', { name: 'Inspect' }).click();
  const answer = page.getByRole('region', { name: 'What the server says' });
  await expect(answer.getByText('Active', { exact: true })).toBeVisible();
  // the client and the user as the server holds them, linked to their pages
  await expect(answer.locator('a[href^="/clients/"]')).toBeVisible();
  await expect(answer.locator('a[href^="/users/usr_"]')).toBeVisible();
  await expect(page.getByText('The “Bearer ” prefix was removed.', { exact: false })).toBeVisible();
  await expect(page.getByText('Signature not verified here.')).toBeVisible();

  const part = secret.slice(-30);
  const stored = await page.evaluate(() => ({ local: JSON.stringify(localStorage), session: JSON.stringify(sessionStorage), url: location.href }));
  expect(stored.local).not.toContain(part);
  expect(stored.session).not.toContain(part);
  expect(stored.url).not.toContain(part);
  const carrying = sent.filter((r) => r.url.includes(part) || r.body.includes(part));
  expect(carrying.map((r) => new URL(r.url).pathname)).toEqual(['/session/api/v1/admin/tokens/introspect']);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tokens' }).click();
  await expect(page.getByRole('table', { name: 'Tokens of the tenant' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('textbox', { name: 'Token' })).toHaveValue('');
  expect(await page.evaluate(() => location.href)).not.toContain(part);
  expect(logged.filter((text) => text.includes(part))).toEqual([]);
});

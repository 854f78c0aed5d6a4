import { expect, test, DEMO_ADMIN_TOKEN, signInWithToken } from '../support';

// The admin's token lives in memory and this tab's sessionStorage only: never in localStorage, a URL or the
// console, and it is gone after sign-out.
test('the token is kept only in this tab while signed in and forgotten on sign-out', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  const stored = () =>
    page.evaluate(() => ({ local: JSON.stringify(localStorage), session: JSON.stringify(sessionStorage), url: location.href }));

  await page.goto('/tokens');
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  await expect(page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr td').first()).toBeVisible();
  // the language and theme choices are in localStorage, so it is in use, just not for the token
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');

  const signedIn = await stored();
  expect(signedIn.local).toContain('authms.console.theme');
  expect(signedIn.local).not.toContain(DEMO_ADMIN_TOKEN);
  expect(signedIn.session).toContain(DEMO_ADMIN_TOKEN);
  expect(signedIn.url).not.toContain(DEMO_ADMIN_TOKEN);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const signedOut = await stored();
  expect(signedOut.session).not.toContain(DEMO_ADMIN_TOKEN);
  expect(signedOut.local).not.toContain(DEMO_ADMIN_TOKEN);

  // not in memory either: the app's pages ask to sign in again
  await page.goto('/tokens');
  await expect(page).toHaveURL(/\/sign-in/);
  expect(logged.filter((text) => text.includes(DEMO_ADMIN_TOKEN))).toEqual([]);
});

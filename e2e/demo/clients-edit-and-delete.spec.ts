import type { Page } from '@playwright/test';
import { expect, test } from '../support';

/** The console's view of the in-page mock's client controls (src/mocks/controls.ts). */
type MockWindow = Window & {
  __authmsMock?: { clients?: { touchElsewhere(clientId: string, changes?: Record<string, unknown>): string | undefined } };
};

/** The demo client whose refusals come as a Problem with field violations, with a redirect-host policy. */
const FIELD_PROBLEM_CLIENT = 'acme-hr-portal';

async function signInToDemo(page: Page) {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens/);
}

/** Opens a page by URL after signing in (the demo keeps the session in this tab; the mock data is reseeded). */
async function openInDemo(page: Page, path: string) {
  await signInToDemo(page);
  await page.goto(path);
}

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

test('an admin finds a client, changes its redirect URIs and scopes, and sees the saved values', async ({ page }) => {
  await signInToDemo(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('searchbox', { name: 'Name' }).fill('portal');
  await expect(page).toHaveURL(/name=portal/);
  const table = page.getByRole('table', { name: 'OAuth clients of the tenant' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await table.getByRole('link', { name: 'Acme Web Portal', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Web Portal' })).toBeVisible();
  await expect(page.getByText('••••bcde')).toBeVisible();

  await page.getByRole('link', { name: 'Edit settings' }).click();
  await field(page, 'Redirect URI 2').fill('http://localhost:8080/callback');
  await page.getByRole('button', { name: 'Remove Scope 3' }).click();
  await page.getByRole('button', { name: 'Add to Scopes' }).click();
  await field(page, 'Scope 4').fill('orders:read');
  await expect(page.getByText('2 unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page).toHaveURL(/\/clients\/acme-web-portal$/);
  await expect(page.getByText('Saved Acme Web Portal.')).toBeVisible();
  const redirects = page.locator('dt', { hasText: 'Redirect URIs' }).locator('xpath=following-sibling::dd');
  await expect(redirects).toContainText('http://localhost:8080/callback');
  const scopes = page.locator('dt', { hasText: /^Scopes$/ }).locator('xpath=following-sibling::dd');
  await expect(scopes).toContainText('orders:read');
  await expect(scopes).not.toContainText('email');
});

test('a bad value is explained at its input, and so is a value the server refuses', async ({ page }) => {
  await openInDemo(page, `/clients/${FIELD_PROBLEM_CLIENT}/edit`);
  await page.getByRole('button', { name: 'Add to Redirect URIs' }).click();
  const uri = field(page, 'Redirect URI 2');
  await uri.fill('http://hr.acme.example/cb');
  await uri.blur();
  await expect(uri).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Use https://. Plain http:// is allowed only for localhost, 127.0.0.1 and [::1].')).toBeVisible();

  await uri.fill('https://evil.example/cb');
  await expect(uri).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The changes were not saved' })).toBeVisible();
  await expect(uri).toHaveAttribute('aria-invalid', 'true');
  await expect(uri).toHaveAccessibleDescription(/The server says: host evil\.example is not allowed/);
  await expect(uri).toHaveValue('https://evil.example/cb');
  await expect(uri).toBeFocused();
});

test('leaving an edit with unsaved changes asks first, in the app and when closing the tab', async ({ page }) => {
  await openInDemo(page, '/clients/acme-web-portal/edit');
  await field(page, 'Name').fill('Acme Web Portal (draft)');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tokens' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\/clients\/acme-web-portal\/edit$/);
  await expect(field(page, 'Name')).toHaveValue('Acme Web Portal (draft)');

  const beforeUnload = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const prompt = await beforeUnload;
  expect(prompt.type()).toBe('beforeunload');
  await prompt.dismiss();
  expect(page.isClosed()).toBe(false);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tokens' }).click();
  await dialog.getByRole('button', { name: 'Leave and discard changes' }).click();
  await expect(page).toHaveURL(/\/tokens/);
});

test('a client changed elsewhere meanwhile: the admin sees what changed and reloads theirs', async ({ page }) => {
  await openInDemo(page, '/clients/acme-web-portal/edit');
  await expect(field(page, 'Name')).toHaveValue('Acme Web Portal');
  const touched = await page.evaluate(
    () => (window as MockWindow).__authmsMock?.clients?.touchElsewhere('acme-web-portal', { name: 'Acme Portal (renamed)' }),
  );
  expect(touched).toBeTruthy();

  await field(page, 'Website').fill('https://new.portal.acme.example');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'This client was changed by someone else' });
  await expect(dialog).toBeVisible();
  const nameRow = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Name' }) });
  await expect(nameRow).toContainText('Acme Web Portal');
  await expect(nameRow).toContainText('Acme Portal (renamed)');
  await expect(dialog.getByRole('button', { name: 'Overwrite with mine' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Reload theirs (discard mine)' }).click();
  await expect(dialog).toBeHidden();
  await expect(field(page, 'Name')).toHaveValue('Acme Portal (renamed)');
  await expect(field(page, 'Website')).toHaveValue('https://portal.acme.example');
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();
});

test('an admin deletes a client after typing its id, and the list no longer has it', async ({ page }) => {
  await openInDemo(page, '/clients/acme-android');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Android' })).toBeVisible();
  await page.getByRole('link', { name: 'Danger zone' }).click();
  await page.getByRole('button', { name: 'Delete client…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Acme Android?' });
  await expect(dialog).toContainText('active access and refresh tokens are revoked');
  const confirm = dialog.getByRole('button', { name: 'Delete client and its tokens' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type the client's name or its id to confirm").fill('acme-android');
  await confirm.click();

  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByText('Deleted Acme Android and revoked its tokens.')).toBeVisible();
  const table = page.getByRole('table', { name: 'OAuth clients of the tenant' });
  await expect(table.getByRole('link', { name: 'Acme iOS', exact: true })).toBeVisible();
  await expect(table.getByText('acme-android', { exact: true })).toHaveCount(0);
});

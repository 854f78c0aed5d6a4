import type { Page } from '@playwright/test';
import { expect, test } from '../support';

/** The demo signs in from the sign-in page, then lands where the console starts: the overview. */
async function signInToDemo(page: Page) {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

test('an admin lands on the overview and follows a tile to the list it counts', async ({ page }) => {
  await signInToDemo(page);
  await expect(page).toHaveURL(/\/$/);
  const tokens = page.getByRole('region', { name: 'Active tokens' });
  const access = tokens.getByRole('link', { name: /^[\d,]+ access tokens$/ });
  await expect(access).toBeVisible();
  const count = Number((await access.locator('.figure-value').textContent())?.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(0);
  // the chart, and its numbers as a table for those who cannot see it
  const hourly = page.getByRole('region', { name: 'Sessions in the last 24 hours' });
  await expect(hourly.getByRole('img', { name: /sessions created and \d+ ended in the last 24 hours/ })).toBeVisible();
  await hourly.getByText('Show the numbers as a table').click();
  await expect(hourly.getByRole('table').getByRole('row')).toHaveCount(25);

  await access.click();
  await expect(page).toHaveURL(/\/tokens\?type=access&status=active$/);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('active');
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('access');
  // the list's total is the tile's figure
  await expect(page.getByText(new RegExp(`of ${count.toLocaleString('en')}\\b`))).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('region', { name: 'Device logins' }).getByRole('link', { name: /pending now$/ }).click();
  await expect(page).toHaveURL(/\/devices\?status=pending$/);
});

test('an admin edits a client and finds the change in its history, old and new', async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/clients/acme-hr-portal/edit');
  const name = page.getByRole('textbox', { name: /^Name/ });
  await expect(name).toHaveValue('Acme HR Portal');
  await name.fill('Acme People Portal');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme People Portal' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveURL(/\/clients\/acme-hr-portal\/history$/);
  const table = page.getByRole('table', { name: 'Change history of Acme People Portal' });
  const newest = table.locator('tbody tr').first();
  await expect(newest).toContainText('Settings changed');
  await expect(newest).toContainText('usr_demoadmin0001');
  await expect(newest.locator('.diff-old')).toContainText('Acme HR Portal');
  await expect(newest.locator('.diff-new')).toContainText('Acme People Portal');
  // the exact time shows on keyboard focus
  await newest.locator('.when').focus();
  await expect(newest.locator('.when-exact')).toBeVisible();

  // the filter is in the URL and survives a reload
  await page.getByRole('combobox', { name: 'Action' }).selectOption('client.created');
  await expect(page).toHaveURL(/action=client\.created/);
  await page.reload();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr').first()).toContainText('Client created');
});

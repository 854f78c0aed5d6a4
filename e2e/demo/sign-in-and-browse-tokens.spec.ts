import { expect, test } from '../support';
import type { Page } from '@playwright/test';

async function signInToDemo(page: Page) {
  await page.goto('/tokens');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/tokens/);
}

function tokenRows(page: Page) {
  return page.getByRole('table', { name: 'Tokens of the tenant' }).locator('tbody tr');
}

test('a new admin tries the demo, filters and pages tokens, and the URL keeps the view', async ({ page }) => {
  await signInToDemo(page);
  await expect(page.getByText('DEMO', { exact: true })).toBeVisible();
  await expect(tokenRows(page)).toHaveCount(20);

  await page.getByRole('combobox', { name: 'Status' }).selectOption('active');
  await page.getByRole('combobox', { name: 'Type' }).selectOption('refresh');
  await expect(page).toHaveURL(/status=active/);
  await expect(page).toHaveURL(/type=refresh/);
  await expect(tokenRows(page).first()).toContainText('Active');
  for (const row of await tokenRows(page).all()) {
    await expect(row).toContainText('Refresh');
    await expect(row).toContainText('Active');
  }

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/^21–40 of /)).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('active');
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('refresh');
  await expect(page.getByText(/^21–40 of /)).toBeVisible();

  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(page.getByText(/^1–20 of /)).toBeVisible();
});

test('the console switches to Simplified Chinese and keeps the choice', async ({ page }) => {
  await signInToDemo(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '令牌' })).toBeVisible();
  await expect(page.getByRole('link', { name: '设备会话' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '用户代理' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '令牌' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
});

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to tokens' }).click();
  await expect(page).toHaveURL(/\/tokens/);
});

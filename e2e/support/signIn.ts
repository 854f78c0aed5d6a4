import type { Page } from '@playwright/test';
import { MOCK_API_URL } from './constants';

/**
 * The pasted-token way in ("Use an access token instead"), on the sign-in page the browser is on: the mock HTTP
 * server's base URL and a token it knows.
 */
export async function signInWithToken(page: Page, token: string, baseUrl: string = MOCK_API_URL): Promise<void> {
  await page.getByRole('button', { name: 'Use an access token instead' }).click();
  await page.getByLabel('API base URL').fill(baseUrl);
  await page.getByLabel('Admin access token').fill(token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

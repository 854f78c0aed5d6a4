import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { MOCK_API_URL } from './constants';

/** The console's own OAuth client on the mock server (src/mocks/identities.ts, CONSOLE_CLIENT_ID). */
export const CONSOLE_CLIENT_ID = 'authms-console';

/**
 * Serves the production build a config.js of the test's choosing (window.__AUTHMS_CONFIG__), as a host would after
 * the build: by default the mock HTTP server as the API and the console's client.
 */
export async function configureConsole(page: Page, config: Record<string, unknown> = {}): Promise<void> {
  const body = `window.__AUTHMS_CONFIG__ = ${JSON.stringify({ apiBaseUrl: MOCK_API_URL, oauthClientId: CONSOLE_CLIENT_ID, ...config })};`;
  await page.route('**/config.js', (route) => route.fulfill({ contentType: 'text/javascript', body }));
}

export interface MockOAuthSnapshot {
  settings: Record<string, unknown>;
  log: {
    authorizations: { decision: string; account?: string }[];
    tokenRequests: { grant_type: string; outcome: string; at: number }[];
    revocations: { token_type_hint?: string; kind: string; wasActive: boolean; wasCurrent: boolean }[];
  };
  tokens: { value: string; kind: 'access_token' | 'refresh_token'; spent: boolean; revoked: boolean }[];
}

/** Changes how the mock's authorization server behaves (see src/mocks/oauth/state.ts, OAuthSettings). */
export async function setMockOAuth(request: APIRequestContext, settings: Record<string, unknown>): Promise<void> {
  const response = await request.post(`${MOCK_API_URL}/__mock/oauth`, { data: settings });
  expect(response.ok(), `POST /__mock/oauth answered ${response.status()}`).toBe(true);
}

/** What the mock's authorization server was asked, and every token it issued. */
export async function mockOAuth(request: APIRequestContext): Promise<MockOAuthSnapshot> {
  const response = await request.get(`${MOCK_API_URL}/__mock/oauth`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as MockOAuthSnapshot;
}

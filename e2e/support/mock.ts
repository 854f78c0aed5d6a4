import { expect, type APIRequestContext } from '@playwright/test';
import { MOCK_API_URL } from './constants';

/** Puts the mock HTTP server's data back to its seed, so a spec does not see what an earlier one changed. */
export async function resetMock(request: APIRequestContext): Promise<void> {
  const response = await request.post(`${MOCK_API_URL}/__mock/reset`);
  expect(response.ok(), `POST ${MOCK_API_URL}/__mock/reset answered ${response.status()}`).toBe(true);
}

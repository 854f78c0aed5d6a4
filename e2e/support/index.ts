export { DEMO_ADMIN_TOKEN, DEMO_VIEWER_TOKEN, MOCK_API_URL } from './constants';
export { expect, test, type PageErrorFixtures } from './fixtures';
export { resetMock } from './mock';

export { DEMO_ADMIN_TOKEN, DEMO_VIEWER_TOKEN, MOCK_API_URL } from './constants';
export { expect, test, type PageErrorFixtures } from './fixtures';
export { resetMock } from './mock';
export { configureConsole, CONSOLE_CLIENT_ID, mockOAuth, setMockOAuth, type MockOAuthSnapshot } from './oauth';
export { signInWithToken } from './signIn';

/** The mock HTTP server that the production build talks to in the `prod` project (src/mocks/http-server.ts). */
export const MOCK_API_URL = `http://127.0.0.1:${8787 + 10 * Number(process.env.E2E_PORT_OFFSET ?? 0)}`;

/** Tokens the mock accepts: an administrator, and a signed-in user who is not one (403 on admin routes). */
export const DEMO_ADMIN_TOKEN = 'demo-admin-token';
export const DEMO_VIEWER_TOKEN = 'demo-viewer-token';

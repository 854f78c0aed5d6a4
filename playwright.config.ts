import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-browser.mjs';

const CI = !!process.env.CI;
// undefined lets Playwright use its own download; `npm run test:e2e` runs scripts/ensure-browser.mjs first.
const executablePath = findChromium()?.path;

// E2E_PORT_OFFSET=N moves every server by 10·N ports, so two checkouts can run their e2e suites side by side.
const OFFSET = 10 * Number(process.env.E2E_PORT_OFFSET ?? 0);
const PROD_PORT = 4173 + OFFSET;
const DEMO_PORT = 4174 + OFFSET;
const MOCK_PORT = 8787 + OFFSET;
export const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}`;
export const PROD_URL = `http://127.0.0.1:${PROD_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: 'list',
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'prod',
      testMatch: 'e2e/prod/**/*.spec.ts',
      // One mock HTTP server holds the state for every prod spec, and specs reset it: one at a time.
      // Listed first: its one-at-a-time queue starts beside the demo's tests instead of running alone at the end.
      workers: 1,
      use: { baseURL: PROD_URL },
    },
    {
      name: 'demo',
      testMatch: 'e2e/demo/**/*.spec.ts',
      use: { baseURL: DEMO_URL },
    },
  ],
  // Playwright starts every web server whichever project runs: `npm test` builds dist and dist-demo first.
  webServer: [
    {
      // the demo static build (npm run build:demo): the mock runs in a service worker, no API server
      command: `npx vite preview --outDir dist-demo --port ${DEMO_PORT} --strictPort --host 127.0.0.1`,
      url: DEMO_URL,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
    {
      // the production build (npm run build), talking to the mock HTTP server below
      command: `npx vite preview --port ${PROD_PORT} --strictPort --host 127.0.0.1`,
      url: PROD_URL,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
    {
      command: 'npx tsx src/mocks/http-server.ts',
      url: `http://127.0.0.1:${MOCK_PORT}/__mock/health`,
      env: { MOCK_PORT: String(MOCK_PORT) },
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
  ],
});

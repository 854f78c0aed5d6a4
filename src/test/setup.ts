import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { closeOverlay } from '@/components/overlays';
import { resetMockDb } from '@/mocks/db';
import { server } from '@/mocks/node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockDb();
  closeOverlay(); // the console-wide overlays' store outlives a test's app, as it outlives a page
  globalThis.sessionStorage?.clear(); // absent in the node environment (lintRules.test.ts)
});
afterAll(() => server.close());

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { closeOverlay } from '@/components/overlays';
import { resetMockDb } from '@/mocks/db';
import { server } from '@/mocks/node';

// renderApp loads every route chunk and catalog before it renders; what a findBy still waits for is the mock's answer
// (through fetch and zod) and React's rendering, which on two busy cores can take more than the default second.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no scrolling: its window.scrollTo only reports "not implemented". The router's scroll restoration calls
// it on every navigation; there is nothing to scroll, so it does nothing here.
if (typeof window !== 'undefined') window.scrollTo = () => undefined;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockDb();
  closeOverlay(); // the console-wide overlays' store outlives a test's app, as it outlives a page
  globalThis.sessionStorage?.clear(); // absent in the node environment (lintRules.test.ts)
});
afterAll(() => server.close());

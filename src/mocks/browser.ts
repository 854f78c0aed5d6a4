import { setupWorker } from 'msw/browser';
import { mockClock } from './clock';
import { clientControls } from './controls';
import { deviceSimulation } from './db/deviceSimulation';
import { handlers } from './handlers';

declare global {
  /** Handles on the in-page mock backend for e2e tests of the demo build; each part adds its own members. */
  interface AuthmsMockHandles {
    /** The mock backend's clock: `advance(ms)`, `set(instant)`, `useRealTime()`. */
    clock: typeof mockClock;
  }
  interface Window {
    __authmsMock?: Partial<AuthmsMockHandles>;
  }
}

/** Demo mode: starts the service worker that answers the console's API calls from the mock backend. */
export async function startMockWorker(): Promise<void> {
  // In demo mode device sessions move by themselves (new sign-ins, approvals, expiry), driven by the mock clock.
  deviceSimulation.enable();
  // Merged, not replaced: other parts of the mock may add their own handles to the same object.
  window.__authmsMock = Object.assign(window.__authmsMock ?? {}, { clock: mockClock, clients: clientControls });
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  });
}

import { setupWorker } from 'msw/browser';
import { appBasePath } from '@/lib/basePath';
import { mockClock } from './clock';
import { clientControls } from './controls';
import { deviceSimulation } from './db/deviceSimulation';
import { withFaults } from './faults/handlers';
import { faultStore, startFaultStore } from './faults/store';
import { handlers } from './handlers';
import { startDemoPersistence } from './persistence';
import { removeStaleMockWorkers } from './staleWorkers';

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

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage blocked: the demo runs in memory only
  }
}

/**
 * Demo mode: starts the service worker that answers the console's API calls from the mock backend, with the
 * tab's saved demo data (see ./persistence) and the fault panel's faults (see ./faults) in front of the handlers.
 */
export async function startMockWorker(): Promise<void> {
  // In demo mode device sessions move by themselves (new sign-ins, approvals, expiry), driven by the mock clock.
  deviceSimulation.enable();
  const storage = tabStorage();
  const persistence = storage ? startDemoPersistence(storage) : undefined;
  if (storage) startFaultStore(storage);
  // Merged, not replaced: other parts of the mock may add their own handles to the same object.
  window.__authmsMock = Object.assign(window.__authmsMock ?? {}, {
    clock: mockClock,
    clients: clientControls,
    faults: faultStore,
  });
  const worker = setupWorker(...withFaults(handlers));
  if (persistence) {
    // every answer may have changed the data (a write, the moving device sessions, the request counter)
    worker.events.on('response:mocked', () => persistence.save());
    window.addEventListener('pagehide', () => persistence.save());
  }
  // The demo build is base-relative: the worker's URL and scope follow wherever index.html was served from.
  const base = appBasePath(import.meta.env.BASE_URL, () => document.baseURI);
  void removeStaleMockWorkers(new URL(`${base}mockServiceWorker.js`, location.origin).href, navigator.serviceWorker).catch(() => undefined);
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
    quiet: true,
  });
}

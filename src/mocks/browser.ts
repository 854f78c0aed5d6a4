import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** Demo mode: starts the service worker that answers the console's API calls from the mock backend. */
export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  });
}

import { delay, getResponse, http, type RequestHandler } from 'msw';
import { OAUTH_API, SESSION_API } from '@/mocks/handlers/paths';
import type { Service } from '@/mocks/handlers/responses';
import { decideFault } from './decide';
import { faultResponse, malformedJsonResponse } from './responses';
import { faultStore } from './store';

/**
 * The mock's handlers behind a fault layer: one handler in front of each service that waits the set latency and
 * answers the failure the fault panel asked for, or falls through to the real handler. The failures are made
 * inside the mock, so the console's own error handling sees them exactly as it would see a real server's.
 */
export function withFaults(
  handlers: RequestHandler[],
  store: Pick<typeof faultStore, 'get' | 'set'> = faultStore,
  random: () => number = Math.random,
): RequestHandler[] {
  const inFront = (service: Service) => async ({ request }: { request: Request }) => {
    const settings = store.get();
    const decision = decideFault(settings, request.method, random);
    // counted before waiting, so two requests in flight never both take a one-shot fault
    if (decision.next !== settings) store.set(decision.next);
    if (decision.delayMs > 0) await delay(decision.delayMs);
    const fault = decision.fault;
    if (!fault) return undefined;
    if (fault.kind === 'malformed-json') {
      const real = await getResponse(handlers, request);
      return real ? malformedJsonResponse(real) : undefined;
    }
    return faultResponse(fault.kind, service, request, { sessionExpired: fault.sessionExpired });
  };
  return [http.all(`${SESSION_API}/*`, inFront('session')), http.all(`${OAUTH_API}/*`, inFront('oauth')), ...handlers];
}

import { delay, getResponse, http, type RequestHandler } from 'msw';
import { OAUTH_API, SESSION_API } from '@/mocks/handlers/paths';
import type { Service } from '@/mocks/handlers/responses';
import { decideFault } from './decide';
import { faultResponse, malformedJsonResponse, refreshRefusedResponse } from './responses';
import { faultStore } from './store';

const PROTOCOL_PATH = '/oauth/api/v1/oauth/';

async function isRefreshGrant(request: Request): Promise<boolean> {
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/token')) return false;
  return new URLSearchParams(await request.clone().text()).get('grant_type') === 'refresh_token';
}

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
    // The OAuth protocol endpoints (the console's own sign-in) are not the admin API: the panel's failures are
    // for the API; the protocol has its one fault, "the next refresh fails".
    if (new URL(request.url).pathname.includes(PROTOCOL_PATH)) {
      if (!settings.refreshFails || !(await isRefreshGrant(request))) return undefined;
      const { refreshFails: _spent, ...rest } = settings;
      store.set(rest);
      return refreshRefusedResponse();
    }
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

import type { PathParams } from 'msw';
import { mockClock } from '@/mocks/clock';
import { authenticateAdmin, type Identity } from './auth';
import { MockHttpError } from './errors';
import { nextRequestIds } from './ids';
import { errorResponse, type Service } from './responses';

export interface RouteContext {
  request: Request;
  params: PathParams;
  identity: Identity;
  /** The mock clock's now for this request, in epoch milliseconds. */
  now: number;
  /** The request id this answer carries (X-Request-Id), for what the request writes (an audit entry). */
  requestId: string;
}

type Resolver = (context: RouteContext) => Response | Promise<Response>;

/**
 * Wraps a resolver of one admin route: authenticates the admin, stamps X-Request-Id, and turns any thrown
 * error into the service's error shape (`Problem` for session, `SimpleResponse` for OAuth); anything unexpected is a 500.
 */
export function adminRoute(service: Service, resolve: Resolver) {
  return async ({ request, params }: { request: Request; params: PathParams }): Promise<Response> => {
    const ids = nextRequestIds();
    let response: Response;
    try {
      const identity = await authenticateAdmin(request);
      response = await resolve({ request, params, identity, now: mockClock.now(), requestId: ids.requestId });
    } catch (error) {
      const known =
        error instanceof MockHttpError
          ? error
          : new MockHttpError('internal', 'unexpected error in the mock backend');
      if (!(error instanceof MockHttpError)) console.error('[mock] unexpected error', error);
      response = errorResponse(service, known, request, ids);
    }
    response.headers.set('X-Request-Id', ids.requestId);
    return response;
  };
}

/** A path parameter as one string. */
export function pathParam(params: PathParams, name: string): string {
  const value = params[name];
  if (typeof value === 'string') return value;
  return value?.[0] ?? '';
}

/** The JSON body, or a 400 with a `body` violation when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    throw new MockHttpError('invalid_parameter', 'request body is not valid JSON', {
      violations: [{ field: 'body', code: 'format', description: 'request body must be JSON', value: text.slice(0, 200) }],
    });
  }
}

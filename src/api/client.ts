import type { z } from 'zod/mini';
import { buildUrl, getApiConfig, type ServiceName } from './config';
import { getCredentials } from './credentials';
import { ApiError, apiErrorFromResponse, apiErrorFromSchema } from './errors';
import { loadAuthProtocol, RenewalFailedError, SessionEndedError, tokenAfterUnauthorized, tokenForRequest } from './session';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiRequest<T> {
  service: ServiceName;
  path: string;
  method?: HttpMethod;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Parses a success body; omitted for answers that carry none we use (204, or an undocumented body). */
  schema?: z.ZodMiniType<T>;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** One signal that aborts when the caller aborts or when the time-out passes; `timedOut` tells the two apart. */
function withTimeout(signal: AbortSignal | undefined, timeoutMs: number) {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  return { signal: combined, timedOut: () => timeout.aborted && combined.reason === timeout.reason };
}

/** Encodes one path segment (a client id or token id may hold any character). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/**
 * The one fetch wrapper: base URL + service prefix + path, bearer token (renewed when due, and once after a 401,
 * for a "Sign in with authms" session: see ./session.ts), abort and time-out, JSON parse, zod parse of the success
 * body, and every failure turned into an ApiError.
 */
export async function apiRequest<T = undefined>(request: ApiRequest<T>): Promise<T> {
  // An empty, '.' or '..' segment (an id of '' or '..') would make URL parsing address another resource,
  // e.g. DELETE .../clients/ (the collection) instead of one client.
  if (request.path.split('/').slice(1).some((part) => part === '' || part === '.' || part === '..')) {
    throw new TypeError(`Refusing to request "${request.path}": it has an empty or dot segment.`);
  }
  const method = request.method ?? 'GET';
  const credentials = getCredentials();
  const url = buildUrl(request.service, request.path, request.query, credentials?.baseUrl);
  const context = { method, url };
  const sessionEnded = () =>
    new ApiError({ kind: 'http', status: 401, message: 'The session has ended.', ...context });
  const renewalFailed = (error: RenewalFailedError) =>
    new ApiError({
      kind: error.timeout ? 'timeout' : error.status !== undefined ? 'http' : 'network',
      status: error.status,
      message: 'The session could not be renewed.',
      ...context,
    });

  let token: string | undefined;
  try {
    token = await tokenForRequest();
  } catch (error) {
    if (error instanceof SessionEndedError) throw sessionEnded();
    throw error;
  }

  let { response, text } = await send(request, method, url, token, context);
  // a 401 to a token this tab can renew: renewed once (one refresh for every request waiting), then sent again
  if (response.status === 401 && token !== undefined) {
    let renewed: string | undefined;
    try {
      renewed = await tokenAfterUnauthorized(token);
    } catch (error) {
      if (error instanceof RenewalFailedError) throw renewalFailed(error);
      throw error;
    }
    if (renewed !== undefined) ({ response, text } = await send(request, method, url, renewed, context));
  }

  if (!response.ok) throw apiErrorFromResponse(response.status, text, response.headers, context);
  if (!request.schema) return undefined as T;

  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    throw new ApiError({
      kind: 'invalid-body',
      status: response.status,
      message: 'The server answered with a body that is not JSON.',
      ...context,
    });
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) throw apiErrorFromSchema(parsed.error, response.status, context);
  return parsed.data;
}

/** One request with one token: headers, abort and time-out, the body read as text; no answer is an ApiError. */
async function send<T>(
  request: ApiRequest<T>,
  method: HttpMethod,
  url: string,
  token: string | undefined,
  context: { method: string; url: string },
): Promise<{ response: Response; text: string }> {
  const dpop = token !== undefined && getCredentials()?.oauth?.tokenType === 'dpop';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token !== undefined && !dpop) headers.Authorization = `Bearer ${token}`;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';

  const timeout = withTimeout(request.signal, request.timeoutMs ?? getApiConfig().timeoutMs);
  try {
    const init: RequestInit = {
      method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: timeout.signal,
      credentials: 'omit',
    };
    // a DPoP-bound token goes with a proof of this tab's key, made by the protocol code
    const response = dpop && token !== undefined ? await (await loadAuthProtocol()).dpopFetch(token, url, init) : await fetch(url, init);
    return { response, text: await response.text() };
  } catch (cause) {
    if (timeout.timedOut()) {
      throw new ApiError({ kind: 'timeout', message: 'The server did not answer in time.', ...context });
    }
    if (request.signal?.aborted) {
      throw new ApiError({ kind: 'aborted', message: 'The request was cancelled.', ...context });
    }
    throw new ApiError({
      kind: 'network',
      message: `The server could not be reached${cause instanceof Error && cause.message ? ` (${cause.message})` : ''}.`,
      ...context,
    });
  }
}

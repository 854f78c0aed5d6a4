import { HttpResponse } from 'msw';
import { nowRfc3339 } from '@/mocks/clock';
import { nextRequestIds } from '@/mocks/handlers/ids';
import type { Service } from '@/mocks/handlers/responses';
import type { FaultKind } from './settings';

/** Seconds a 429 asks the console to wait (`retry_after` and `Retry-After`). */
export const RETRY_AFTER_SECONDS = 30;

type JsonFault = Exclude<FaultKind, 'bad-gateway' | 'network' | 'malformed-json'>;

const JSON_FAULTS: Record<JsonFault, { status: number; title: string; code: number; slug: string; detail: string }> = {
  unauthorized: { status: 401, title: 'Unauthorized', code: 30101002, slug: 'unauthenticated', detail: 'unauthenticated' },
  forbidden: { status: 403, title: 'Forbidden', code: 30101003, slug: 'forbidden', detail: 'administrator role required' },
  'not-found': { status: 404, title: 'Not Found', code: 30101004, slug: 'not-found', detail: 'resource not found' },
  'rate-limited': { status: 429, title: 'Too Many Requests', code: 30101005, slug: 'rate-limited', detail: 'rate limit exceeded' },
  'server-error': { status: 500, title: 'Internal Server Error', code: 30109999, slug: 'internal', detail: 'internal server error' },
};

const I18N_KEYS: Record<JsonFault, string> = {
  unauthorized: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  'not-found': 'error.not_found',
  'rate-limited': 'error.rate_limited',
  'server-error': 'error.internal',
};

/** What an nginx in front of the API answers when the service behind it is down. */
export const BAD_GATEWAY_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/**
 * The answer of a failure in the shape the service uses: `Problem` (application/problem+json) for the session
 * service, `SimpleResponse` for the OAuth service, an HTML page for a 502 from the proxy, no answer at all for a
 * network error. `malformed-json` needs the real answer: see ./handlers.
 */
export function faultResponse(
  kind: Exclude<FaultKind, 'malformed-json'>,
  service: Service,
  request: Request,
  options: { sessionExpired?: boolean } = {},
): Response {
  if (kind === 'network') return HttpResponse.error();
  if (kind === 'bad-gateway') {
    return new HttpResponse(BAD_GATEWAY_HTML, { status: 502, headers: { 'Content-Type': 'text/html' } });
  }
  const fault = JSON_FAULTS[kind];
  const detail = options.sessionExpired ? 'token expired' : fault.detail;
  const ids = nextRequestIds();
  const headers = new Headers({ 'X-Request-Id': ids.requestId });
  if (kind === 'rate-limited') headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  if (kind === 'unauthorized') {
    headers.set(
      'WWW-Authenticate',
      `Bearer realm="authms", error="invalid_token"${options.sessionExpired ? ', error_description="The access token expired"' : ''}`,
    );
  }
  if (service === 'oauth') {
    headers.set('Content-Type', 'application/json');
    return new HttpResponse(JSON.stringify({ code: fault.status, message: detail, timestamp: nowRfc3339() }), {
      status: fault.status,
      headers,
    });
  }
  headers.set('Content-Type', 'application/problem+json');
  const body = {
    type: `https://docs.authms.example/problems/${fault.slug}`,
    title: fault.title,
    status: fault.status,
    detail,
    instance: new URL(request.url).pathname,
    code: fault.code,
    request_id: ids.requestId,
    trace_id: ids.traceId,
    span_id: ids.spanId,
    service: 'session',
    timestamp: nowRfc3339(),
    i18n_key: I18N_KEYS[kind],
    i18n_args: kind === 'rate-limited' ? { retry_after: RETRY_AFTER_SECONDS } : {},
    ...(kind === 'rate-limited' ? { retry_after: RETRY_AFTER_SECONDS } : {}),
  };
  return new HttpResponse(JSON.stringify(body), { status: fault.status, headers });
}

/**
 * The real answer cut off half way, as a dropped connection or a broken proxy leaves it: the work was done, but
 * the console cannot read the answer. An answer without a body (204) becomes a 200 with a cut-off envelope.
 */
export async function malformedJsonResponse(real: Response): Promise<Response> {
  const text = await real.text();
  const whole = text.trim() === '' ? '{"code":0,"message":"ok","timestamp":"' : text;
  const headers = new Headers(real.headers);
  headers.set('Content-Type', 'application/json');
  headers.delete('Content-Length');
  return new HttpResponse(whole.slice(0, Math.max(1, Math.floor(whole.length / 2))), {
    status: real.status === 204 ? 200 : real.status,
    headers,
  });
}

/** "The next refresh fails": the token endpoint refuses the refresh token, as when another admin revoked it. */
export function refreshRefusedResponse(): Response {
  return HttpResponse.json(
    { error: 'invalid_grant', error_description: 'the refresh token was revoked' },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  );
}

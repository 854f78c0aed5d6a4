import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { listClients } from './clients';
import { setCredentials } from './credentials';
import { apiErrorFromResponse, isApiError, type ApiError } from './errors';
import { listTokens } from './tokens';

const TOKENS = '*/session/api/v1/admin/tokens';
const CLIENTS = '*/oauth/api/v1/admin/oauth/clients';

beforeEach(() => {
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isApiError(error)).toBe(true);
  return error as ApiError;
}

const problem = {
  type: 'https://authms.dev/problems/validation',
  title: 'Invalid parameters',
  status: 400,
  detail: 'page_size must be between 1 and 100',
  instance: '/session/api/v1/admin/tokens',
  code: 30101001,
  request_id: 'req-123',
  trace_id: 'trace-456',
  span_id: 'span-789',
  service: 'session',
  timestamp: '2026-04-15T10:30:00Z',
  i18n_key: 'error.invalid_page_size',
  i18n_args: { min: 1, max: 100 },
  errors: [
    { field: 'page_size', code: 'range', description: 'must be between 1 and 100', value: 500 },
    { field: 'user.email', code: 'format' },
  ],
};

describe('SimpleResponse errors', () => {
  it('keeps message, code and status, shape "simple"', async () => {
    server.use(
      http.get(CLIENTS, () =>
        HttpResponse.json(
          { code: 404, message: 'client not found or does not belong to the current tenant', timestamp: 'x' },
          { status: 404 },
        ),
      ),
    );
    const error = await apiErrorOf(listClients({}));
    expect(error).toMatchObject({
      kind: 'http',
      shape: 'simple',
      status: 404,
      code: 404,
      message: 'client not found or does not belong to the current tenant',
      method: 'GET',
      url: 'http://authms.test/oauth/api/v1/admin/oauth/clients',
    });
    expect(error.isNotFound).toBe(true);
    expect(error.violations).toEqual([]);
    expect(error.requestId).toBeUndefined();
  });

  it('reads X-Request-Id and Retry-After headers on a SimpleResponse', async () => {
    server.use(
      http.get(CLIENTS, () =>
        HttpResponse.json(
          { code: 429, message: 'slow down' },
          { status: 429, headers: { 'Retry-After': '7', 'X-Request-Id': 'hdr-req' } },
        ),
      ),
    );
    const error = await apiErrorOf(listClients({}));
    expect(error).toMatchObject({ shape: 'simple', status: 429, retryAfter: 7, requestId: 'hdr-req' });
  });

  it('flags 401 and 403', async () => {
    server.use(http.get(CLIENTS, () => HttpResponse.json({ code: 401, message: 'token expired' }, { status: 401 })));
    expect((await apiErrorOf(listClients({}))).isUnauthorized).toBe(true);
    server.use(http.get(CLIENTS, () => HttpResponse.json({ code: 403, message: 'not an admin' }, { status: 403 })));
    expect((await apiErrorOf(listClients({}))).isForbidden).toBe(true);
  });
});

describe('Problem errors', () => {
  it('keeps every documented Problem field, shape "problem"', async () => {
    server.use(
      http.get(TOKENS, () =>
        HttpResponse.json(problem, { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const error = await apiErrorOf(listTokens({ page_size: 500 }));
    expect(error).toMatchObject({
      kind: 'http',
      shape: 'problem',
      status: 400,
      message: 'page_size must be between 1 and 100',
      code: 30101001,
      requestId: 'req-123',
      traceId: 'trace-456',
      i18nKey: 'error.invalid_page_size',
      i18nArgs: { min: 1, max: 100 },
    });
    expect(error.violations).toEqual([
      { field: 'page_size', code: 'range', description: 'must be between 1 and 100', value: 500 },
      { field: 'user.email', code: 'format' },
    ]);
  });

  it('falls back to the title when there is no detail', async () => {
    server.use(http.get(TOKENS, () => HttpResponse.json({ title: 'Tenant not found', status: 404 }, { status: 404 })));
    const error = await apiErrorOf(listTokens({}));
    expect(error).toMatchObject({ shape: 'problem', status: 404, message: 'Tenant not found' });
  });

  it('reads retry_after from the body, before the header', async () => {
    server.use(
      http.get(TOKENS, () =>
        HttpResponse.json(
          { ...problem, status: 429, title: 'Too many requests', retry_after: 30 },
          { status: 429, headers: { 'Retry-After': '5' } },
        ),
      ),
    );
    const error = await apiErrorOf(listTokens({}));
    expect(error).toMatchObject({ shape: 'problem', status: 429, retryAfter: 30 });
  });

  it('reads Retry-After from the header when the body has none (seconds and HTTP date)', async () => {
    server.use(
      http.get(TOKENS, () =>
        HttpResponse.json(
          { title: 'Too many requests', status: 429, request_id: 'r' },
          { status: 429, headers: { 'Retry-After': '12' } },
        ),
      ),
    );
    expect((await apiErrorOf(listTokens({}))).retryAfter).toBe(12);

    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    server.use(
      http.get(TOKENS, () =>
        HttpResponse.json(
          { title: 'Too many requests', status: 429 },
          { status: 429, headers: { 'Retry-After': inAMinute } },
        ),
      ),
    );
    const fromDate = (await apiErrorOf(listTokens({}))).retryAfter;
    expect(fromDate).toBeGreaterThanOrEqual(58);
    expect(fromDate).toBeLessThanOrEqual(60);
  });

  it('takes request_id from the X-Request-Id header when the body has none', async () => {
    server.use(
      http.get(TOKENS, () =>
        HttpResponse.json({ title: 'Boom', status: 500 }, { status: 500, headers: { 'X-Request-Id': 'hdr-1' } }),
      ),
    );
    expect((await apiErrorOf(listTokens({}))).requestId).toBe('hdr-1');
  });
});

describe('error bodies that are neither shape', () => {
  it('turns a proxy HTML page on 502 into kind "invalid-body" with the status', async () => {
    server.use(
      http.get(TOKENS, () =>
        HttpResponse.html('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502 }),
      ),
    );
    const error = await apiErrorOf(listTokens({}));
    expect(error).toMatchObject({ kind: 'invalid-body', status: 502, shape: 'none' });
    expect(error.message).toContain('502');
  });

  it('keeps the status of an error with an empty body', async () => {
    server.use(http.get(TOKENS, () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '3' } })));
    const error = await apiErrorOf(listTokens({}));
    expect(error).toMatchObject({ kind: 'http', status: 503, shape: 'none', retryAfter: 3 });
  });

  it('keeps the status of a JSON error body of an unknown shape', async () => {
    server.use(http.get(CLIENTS, () => HttpResponse.json(['unexpected'], { status: 500 })));
    const error = await apiErrorOf(listClients({}));
    expect(error).toMatchObject({ kind: 'http', status: 500, shape: 'none' });
  });
});

describe('a Problem with one badly typed member', () => {
  it('keeps every other field', () => {
    const error = apiErrorFromResponse(
      400,
      JSON.stringify({ title: 'Bad Request', status: '400', detail: 'page must be >= 1', request_id: 'req_lenient' }),
      new Headers(),
      { method: 'GET', url: 'http://authms.test/x' },
    );
    expect(error.shape).toBe('problem');
    expect(error.status).toBe(400);
    expect(error.message).toBe('page must be >= 1');
    expect(error.requestId).toBe('req_lenient');
  });
});

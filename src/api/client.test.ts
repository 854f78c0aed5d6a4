import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { server } from '@/mocks/node';
import { apiRequest, segment } from './client';
import { getApiConfig, setApiConfig, type ApiConfig } from './config';
import { setCredentials } from './credentials';
import { ApiError } from './errors';
import { listDevices } from './devices';
import { tokenListSchema } from './schemas/tokens';
import { revokeToken } from './revoke';
import { listTokens } from './tokens';
import { deleteClient, getClient, listClientTokens, updateClient } from './clients';

const TOKENS = '*/session/api/v1/admin/tokens';
const emptyList = { code: 0, message: 'ok', items: [], total: 0 };

let initialConfig: ApiConfig;

beforeEach(() => {
  initialConfig = getApiConfig();
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

afterEach(() => {
  setApiConfig(initialConfig);
});

/** Answers every request with `body` and keeps each request for the test to inspect. */
function captureRequests(body: JsonBodyType = emptyList): Request[] {
  const requests: Request[] = [];
  server.use(
    http.all('*', ({ request }) => {
      requests.push(request.clone());
      return HttpResponse.json(body);
    }),
  );
  return requests;
}

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiRequest: what is sent', () => {
  it('sends the bearer token and JSON accept header', async () => {
    const requests = captureRequests();
    await listTokens({});
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer t');
    expect(requests[0]?.headers.get('accept')).toBe('application/json');
  });

  it('builds base URL + session prefix + path', async () => {
    const requests = captureRequests();
    await listTokens({});
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url).toBe('http://authms.test/session/api/v1/admin/tokens');
  });

  it('builds base URL + oauth prefix + path', async () => {
    const requests = captureRequests();
    await listDevices({});
    expect(requests[0]?.url).toBe('http://authms.test/oauth/api/v1/admin/oauth/devices');
  });

  it('trims a trailing slash of the base URL and honours overridden prefixes', async () => {
    setCredentials({ token: 't', baseUrl: 'http://gw.test/', demo: false });
    setApiConfig({ prefixes: { oauth: '', session: '/sess' } });
    const requests = captureRequests();
    await listTokens({});
    await listDevices({});
    expect(requests.map((r) => r.url)).toEqual([
      'http://gw.test/sess/admin/tokens',
      'http://gw.test/admin/oauth/devices',
    ]);
  });

  it('sends the documented list params and omits undefined and empty ones', async () => {
    const requests = captureRequests();
    await listTokens({ page: 2, page_size: 50, user_id: 'user 1&x', type: 'refresh', status: 'revoked' });
    await listTokens({ page: undefined, user_id: '', status: 'active' });
    const [first, second] = requests.map((r) => new URL(r.url).searchParams);
    expect(Object.fromEntries(first ?? [])).toEqual({
      page: '2',
      page_size: '50',
      user_id: 'user 1&x',
      type: 'refresh',
      status: 'revoked',
    });
    expect(Object.fromEntries(second ?? [])).toEqual({ status: 'active' });
  });

  it('encodes path segments (a client id with a slash and spaces)', async () => {
    const requests = captureRequests({ data: {} });
    await getClient('team/app one');
    await listClientTokens('a?b#c', { page: 1 });
    expect(requests[0]?.url).toBe('http://authms.test/oauth/api/v1/admin/oauth/clients/team%2Fapp%20one');
    expect(requests[1]?.url).toBe(
      'http://authms.test/oauth/api/v1/admin/oauth/clients/a%3Fb%23c/tokens?page=1',
    );
  });

  it('refuses ids that URL parsing would turn into another path', async () => {
    const requests = captureRequests({ data: {} });
    for (const id of ['', '.', '..']) {
      await expect(getClient(id)).rejects.toThrow(TypeError);
      await expect(deleteClient(id)).rejects.toThrow(TypeError);
    }
    await expect(revokeToken('..')).rejects.toThrow('empty or dot segment');
    expect(segment('...')).toBe('...');
    expect(requests).toHaveLength(0);
  });

  it('sends a same-origin request when the base URL is empty (demo mode)', async () => {
    setCredentials({ token: 'demo-admin-token', baseUrl: '', demo: true });
    const requests = captureRequests();
    await listTokens({});
    expect(requests[0]?.url).toBe(`${window.location.origin}/session/api/v1/admin/tokens`);
  });

  it('sends a JSON body with its content type', async () => {
    const requests = captureRequests({ data: { client_id: 'app-1', name: 'New' } });
    const client = await updateClient('app-1', { name: 'New', scopes: ['openid'] });
    expect(client).toEqual({ client_id: 'app-1', name: 'New' });
    expect(requests[0]?.method).toBe('PUT');
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]?.json()).toEqual({ name: 'New', scopes: ['openid'] });
  });

  it('sends no Authorization header when signed out', async () => {
    setCredentials(null);
    setApiConfig({ baseUrl: 'http://default.test' });
    const requests = captureRequests();
    await listTokens({});
    expect(requests[0]?.url).toBe('http://default.test/session/api/v1/admin/tokens');
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });
});

describe('apiRequest: failures without an error status', () => {
  it('turns a network failure into kind "network"', async () => {
    server.use(http.get(TOKENS, () => HttpResponse.error()));
    const error = await apiErrorOf(listTokens({}));
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.method).toBe('GET');
    expect(error.url).toBe('http://authms.test/session/api/v1/admin/tokens');
  });

  it('turns an answer slower than timeoutMs into kind "timeout"', async () => {
    server.use(
      http.get(TOKENS, async () => {
        await delay(1_000);
        return HttpResponse.json(emptyList);
      }),
    );
    const error = await apiErrorOf(
      apiRequest({ service: 'session', path: '/admin/tokens', schema: tokenListSchema, timeoutMs: 50 }),
    );
    expect(error.kind).toBe('timeout');
  });

  it('times out even when the caller passes a signal of its own (as React Query does)', async () => {
    server.use(
      http.get(TOKENS, async () => {
        await delay(1_000);
        return HttpResponse.json(emptyList);
      }),
    );
    const controller = new AbortController();
    const error = await apiErrorOf(
      apiRequest({ service: 'session', path: '/admin/tokens', signal: controller.signal, timeoutMs: 50 }),
    );
    expect(error.kind).toBe('timeout');
    expect(controller.signal.aborted).toBe(false);
  });

  it('uses the configured time-out when the request sets none', async () => {
    setApiConfig({ timeoutMs: 50 });
    server.use(
      http.get(TOKENS, async () => {
        await delay(1_000);
        return HttpResponse.json(emptyList);
      }),
    );
    const started = Date.now();
    const error = await apiErrorOf(listTokens({}));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('turns a caller abort into kind "aborted"', async () => {
    server.use(
      http.get(TOKENS, async () => {
        await delay(1_000);
        return HttpResponse.json(emptyList);
      }),
    );
    const controller = new AbortController();
    const pending = listTokens({}, controller.signal);
    setTimeout(() => controller.abort(), 20);
    const error = await apiErrorOf(pending);
    expect(error.kind).toBe('aborted');
  });

  it('does not even send a request whose signal is already aborted', async () => {
    const requests = captureRequests();
    const controller = new AbortController();
    controller.abort();
    const error = await apiErrorOf(listTokens({}, controller.signal));
    expect(error.kind).toBe('aborted');
    expect(requests).toHaveLength(0);
  });

  it('turns malformed JSON on a 200 into kind "invalid-body"', async () => {
    server.use(
      http.get(
        TOKENS,
        () => new HttpResponse('{"items": [', { status: 200, headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const error = await apiErrorOf(listTokens({}));
    expect(error.kind).toBe('invalid-body');
    expect(error.status).toBe(200);
  });
});

describe('apiRequest: success without a body', () => {
  it('resolves undefined on a 204 when no schema is asked', async () => {
    server.use(http.delete('*/oauth/api/v1/admin/oauth/clients/:id', () => new HttpResponse(null, { status: 204 })));
    await expect(apiRequest({ service: 'oauth', method: 'DELETE', path: '/admin/oauth/clients/x' })).resolves.toBe(
      undefined,
    );
  });
});

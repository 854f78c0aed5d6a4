import { clientDetailSchema, clientListSchema } from '@/api/schemas/clients';
import { mockClock } from '@/mocks/clock';
import { findActiveClientTokens, getMockDb, resetMockDb } from '@/mocks/db';
import { DEMO_TENANT_ID, DEMO_VIEWER_TOKEN, HOSTILE_CLIENT_ID, OTHER_TENANT_CLIENT_IDS } from '@/mocks/identities';
import {
  call,
  expectConsistentPage,
  expectSimple,
  OAUTH,
  RFC3339_UTC,
  type DetailBody,
  type ListBody,
} from './testing';

interface Client {
  id: string;
  client_id: string;
  tenant_id: string;
  name: string;
  status: string;
  is_confidential: boolean;
  client_auth_methods: string | string[];
  grant_types: string[];
  redirect_uris: string[];
  fapi_profile?: string;
  jwks_uri?: string;
  logo_url?: string;
  website?: string;
  secret_last_four?: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string;
}

const CLIENTS = `${OAUTH}/admin/oauth/clients`;
const list = (query = '') => call<ListBody<Client>>(`${CLIENTS}${query}`);
const getClient = (clientId: string) => call<DetailBody<Client>>(`${CLIENTS}/${encodeURIComponent(clientId)}`);
const put = (clientId: string, body: unknown) =>
  call<DetailBody<Client>>(`${CLIENTS}/${encodeURIComponent(clientId)}`, { method: 'PUT', body });

describe('GET /oauth/api/v1/admin/oauth/clients', () => {
  it('answers the demo tenant’s clients in the documented shape', async () => {
    const { status, body } = await list('?page_size=100');
    expect(status).toBe(200);
    expectConsistentPage(body, 1, 100);
    expect(body.total).toBeGreaterThanOrEqual(14);
    expect(() => clientListSchema.parse(body)).not.toThrow();
    expect(body.items.every((c) => c.tenant_id === DEMO_TENANT_ID)).toBe(true);
    expect(body.items.map((c) => c.client_id)).not.toEqual(expect.arrayContaining([OTHER_TENANT_CLIENT_IDS[0]]));
  });

  it('holds a varied set: both statuses, both auth-method forms, FAPI, device and machine clients', async () => {
    const { body } = await list('?page_size=100');
    const clients = body.items;
    expect(clients.some((c) => c.status === 'suspended')).toBe(true);
    expect(clients.some((c) => c.is_confidential) && clients.some((c) => !c.is_confidential)).toBe(true);
    expect(clients.some((c) => typeof c.client_auth_methods === 'string')).toBe(true);
    expect(clients.some((c) => Array.isArray(c.client_auth_methods))).toBe(true);
    expect(clients.some((c) => c.fapi_profile === 'fapi1')).toBe(true);
    expect(clients.some((c) => c.fapi_profile === 'fapi2' && typeof c.jwks_uri === 'string')).toBe(true);
    for (const grant of ['urn:ietf:params:oauth:grant-type:device_code', 'client_credentials', 'refresh_token']) {
      expect(clients.some((c) => c.grant_types.includes(grant))).toBe(true);
    }
    for (const client of clients.filter((c) => c.is_confidential)) expect(client.secret_last_four).toHaveLength(4);
    expect(clients.every((c) => RFC3339_UTC.test(c.created_at) && RFC3339_UTC.test(c.updated_at))).toBe(true);
  });

  it('includes the hostile input sample with its hostile strings', async () => {
    const { body } = await getClient(HOSTILE_CLIENT_ID);
    expect(body.data.name).toContain('Hostile input sample');
    expect(body.data.name).toContain('<img src=x onerror=alert(1)>');
    expect(body.data.name).toContain('\u202E');
    expect(body.data.logo_url).toBe('javascript:alert(1)');
    expect(body.data.website).toBe('javascript:alert(document.cookie)');
    expect(body.data.redirect_uris.some((uri) => uri.length > 500)).toBe(true);
  });

  it('filters by name (case-insensitive substring) and status', async () => {
    const byName = await list('?name=ACME&page_size=100');
    expect(byName.body.total).toBeGreaterThan(0);
    expect(byName.body.items.every((c) => c.name.toLowerCase().includes('acme'))).toBe(true);
    const exact = await list(`?name=${encodeURIComponent('billing serv')}`);
    expect(exact.body.items.map((c) => c.client_id)).toEqual(['billing-service']);

    for (const status of ['active', 'suspended']) {
      const { body } = await list(`?status=${status}&page_size=100`);
      expect(body.total).toBeGreaterThan(0);
      expect(body.items.every((c) => c.status === status)).toBe(true);
    }
    const none = await list('?name=zzz-no-such-client');
    expectConsistentPage(none.body, 1, 20);
    expect(none.body.pagination.total_pages).toBe(0);
  });

  it('pages: a small page, the last partial page and beyond', async () => {
    const total = (await list()).body.total;
    const pageSize = 5;
    const lastPage = Math.ceil(total / pageSize);
    const last = await list(`?page_size=${pageSize}&page=${lastPage}`);
    expectConsistentPage(last.body, lastPage, pageSize);
    const beyond = await list(`?page_size=${pageSize}&page=${lastPage + 1}`);
    expectConsistentPage(beyond.body, lastPage + 1, pageSize);
    expect(beyond.body.items).toEqual([]);
  });

  it.each(['page=0', 'page_size=1000', 'status=bogus', 'status=deleted', 'page=x'])(
    'answers 400 SimpleResponse for %s',
    async (query) => {
      expectSimple(await list(`?${query}`), 400);
    },
  );

  it('answers 401 / 403 as SimpleResponse', async () => {
    expectSimple(await call(CLIENTS, { token: null }), 401);
    expectSimple(await call(CLIENTS, { token: 'demo-admin-token-but-wrong' }), 401);
    expectSimple(await call(CLIENTS, { token: DEMO_VIEWER_TOKEN }), 403);
  });
});

describe('GET /oauth/api/v1/admin/oauth/clients/{client_id}', () => {
  it('answers one client in the detail envelope', async () => {
    const result = await getClient('acme-web-portal');
    expect(result.status).toBe(200);
    expect(() => clientDetailSchema.parse(result.body)).not.toThrow();
    expect(result.body).toMatchObject({ code: 0, message: 'ok', data: { client_id: 'acme-web-portal', name: 'Acme Web Portal' } });
  });

  it('answers 404 SimpleResponse for an unknown client and for every client of the other tenant', async () => {
    expectSimple(await getClient('no-such-client'), 404);
    for (const clientId of OTHER_TENANT_CLIENT_IDS) {
      expect(getMockDb().clients.some((c) => c.client_id === clientId)).toBe(true);
      expectSimple(await getClient(clientId), 404);
      expectSimple(await put(clientId, { name: 'mine now' }), 404);
      expectSimple(await call(`${CLIENTS}/${clientId}`, { method: 'DELETE' }), 404);
      expectSimple(await call(`${CLIENTS}/${clientId}/tokens`), 404);
    }
  });
});

describe('PUT /oauth/api/v1/admin/oauth/clients/{client_id}', () => {
  it('updates the client, bumps updated_at, answers the updated client, and the change stays', async () => {
    resetMockDb({ now: '2026-04-15T10:30:00Z' });
    const before = (await getClient('acme-web-portal')).body.data;
    mockClock.advance(90_000);
    const result = await put('acme-web-portal', {
      name: '  Acme Web Portal (EU)  ',
      status: 'suspended',
      redirect_uris: ['https://eu.portal.acme.example/cb'],
      grant_types: ['authorization_code'],
      client_auth_methods: ['tls_client_auth', 'private_key_jwt'],
      jwks_uri: 'https://portal.acme.example/jwks.json',
      fapi_profile: 'fapi2',
    });
    expect(result.status).toBe(200);
    expect(result.body.data).toMatchObject({
      name: 'Acme Web Portal (EU)',
      status: 'suspended',
      redirect_uris: ['https://eu.portal.acme.example/cb'],
      grant_types: ['authorization_code'],
      fapi_profile: 'fapi2',
      created_at: before.created_at,
      updated_at: '2026-04-15T10:31:30Z',
    });
    // this client stores its auth methods as JSON text, and keeps doing so
    expect(result.body.data.client_auth_methods).toBe('["tls_client_auth","private_key_jwt"]');
    expect((await getClient('acme-web-portal')).body.data).toEqual(result.body.data);
    const suspended = await list('?status=suspended&page_size=100');
    expect(suspended.body.items.map((c) => c.client_id)).toContain('acme-web-portal');
  });

  it.each([
    ['an empty name', { name: '   ' }],
    ['a name over 100 characters', { name: 'x'.repeat(101) }],
    ['a relative redirect URI', { redirect_uris: ['/callback'] }],
    ['a redirect URI that is not a URL', { redirect_uris: ['not a url'] }],
    ['a javascript: redirect URI', { redirect_uris: ['javascript:alert(1)'] }],
    ['a redirect URI with a fragment', { redirect_uris: ['https://app.example/cb#x'] }],
    ['an unknown status', { status: 'deleted' }],
    ['a non-array grant_types', { grant_types: 'authorization_code' }],
    ['a non-boolean is_confidential', { is_confidential: 'yes' }],
    ['jwks that is not a JWK Set', { jwks: '{"kty":"RSA"}' }],
    ['a body that is not an object', [1, 2]],
    ['a body that is not JSON', '{oops'],
  ])('answers 400 SimpleResponse for %s and changes nothing', async (_label, body) => {
    const before = (await getClient('acme-ios')).body.data;
    expectSimple(await put('acme-ios', body), 400);
    expect((await getClient('acme-ios')).body.data).toEqual(before);
  });

  it('accepts a name of exactly 100 characters and a native-app redirect URI', async () => {
    const result = await put('acme-ios', { name: 'n'.repeat(100), redirect_uris: ['com.acme.ios:/oauth2redirect'] });
    expect(result.status).toBe(200);
    expect(result.body.data.name).toHaveLength(100);
  });

  it('answers 401 / 403 / 404 as SimpleResponse', async () => {
    expectSimple(await call(`${CLIENTS}/acme-ios`, { method: 'PUT', body: { name: 'x' }, token: null }), 401);
    expectSimple(await call(`${CLIENTS}/acme-ios`, { method: 'PUT', body: { name: 'x' }, token: DEMO_VIEWER_TOKEN }), 403);
    expectSimple(await put('no-such-client', { name: 'x' }), 404);
  });
});

describe('DELETE /oauth/api/v1/admin/oauth/clients/{client_id}', () => {
  it('soft-deletes the client (204, then 404 everywhere) and revokes its tokens', async () => {
    const clientId = 'acme-ios';
    expect(findActiveClientTokens(DEMO_TENANT_ID, clientId, mockClock.now()).length).toBeGreaterThan(0);
    const totalBefore = (await list()).body.total;

    const result = await call(`${CLIENTS}/${clientId}`, { method: 'DELETE' });
    expect(result.status).toBe(204);
    expect(result.text).toBe('');

    expectSimple(await getClient(clientId), 404);
    expectSimple(await call(`${CLIENTS}/${clientId}`, { method: 'DELETE' }), 404);
    expectSimple(await call(`${CLIENTS}/${clientId}/tokens`), 404);
    const after = await list('?page_size=100');
    expect(after.body.total).toBe(totalBefore - 1);
    expect(after.body.items.map((c) => c.client_id)).not.toContain(clientId);

    const stored = getMockDb().clients.find((c) => c.client_id === clientId);
    expect(stored?.deleted_at).toBeDefined();
    expect(findActiveClientTokens(DEMO_TENANT_ID, clientId, mockClock.now())).toEqual([]);
  });

  it('answers 403 for a viewer and leaves the client in place', async () => {
    expectSimple(await call(`${CLIENTS}/acme-ios`, { method: 'DELETE', token: DEMO_VIEWER_TOKEN }), 403);
    expect((await getClient('acme-ios')).status).toBe(200);
  });
});

import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import {
  clientDetailQuery,
  clientListQuery,
  clientTokenListQuery,
  deleteClient,
  getClient,
  listClients,
  listClientTokens,
} from './clients';
import { setCredentials } from './credentials';
import { queryKeys } from './queryKeys';

const CLIENT = '*/oauth/api/v1/admin/oauth/clients/:clientId';

beforeEach(() => {
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

function answerDetail(data: Record<string, unknown>) {
  server.use(http.get(CLIENT, () => HttpResponse.json({ code: 0, message: 'ok', data })));
}

describe('client_auth_methods', () => {
  it('accepts an array', async () => {
    answerDetail({ client_id: 'app-1', client_auth_methods: ['client_secret_basic', 'private_key_jwt'] });
    expect((await getClient('app-1')).client_auth_methods).toEqual(['client_secret_basic', 'private_key_jwt']);
  });

  it('accepts the documented string holding a JSON array', async () => {
    answerDetail({ client_id: 'app-1', client_auth_methods: '["client_secret_basic","private_key_jwt"]' });
    expect((await getClient('app-1')).client_auth_methods).toEqual(['client_secret_basic', 'private_key_jwt']);
  });

  it('reads an empty string as no method and null as missing', async () => {
    answerDetail({ client_auth_methods: '' });
    expect((await getClient('app-1')).client_auth_methods).toEqual([]);
    answerDetail({ client_auth_methods: null });
    expect((await getClient('app-1')).client_auth_methods).toBeUndefined();
  });

  it('rejects a string that is not a JSON array of strings with a schema error on that field', async () => {
    for (const bad of ['client_secret_basic', '{"a":1}', '[1,2]']) {
      answerDetail({ client_id: 'app-1', client_auth_methods: bad });
      await expect(getClient('app-1')).rejects.toMatchObject({
        kind: 'schema',
        field: 'data.client_auth_methods',
      });
    }
  });
});

describe('OAuth clients', () => {
  it('parses a full client and ignores unknown fields', async () => {
    const client = {
      id: 'client_abc123',
      client_id: 'app-123',
      tenant_id: 'tenant_1',
      name: 'Billing',
      status: 'active',
      is_confidential: true,
      client_auth_methods: ['client_secret_basic'],
      grant_types: ['authorization_code', 'refresh_token'],
      scopes: ['openid', 'profile'],
      redirect_uris: ['https://billing.example.com/cb'],
      cors_origins: ['https://billing.example.com'],
      jwks_uri: 'https://billing.example.com/jwks.json',
      fapi_profile: 'fapi1',
      logo_url: 'https://billing.example.com/logo.png',
      website: 'https://billing.example.com',
      terms_url: 'https://billing.example.com/terms',
      privacy_policy: 'https://billing.example.com/privacy',
      secret_last_four: 'bcde',
      created_at: '2026-04-15T10:30:00Z',
      updated_at: '2026-04-16T10:30:00Z',
      deleted_at: null,
    };
    answerDetail({ ...client, client_secret_hash: 'never shown' });
    const { deleted_at: _deleted, ...expected } = client;
    const parsed = await getClient('app-123');
    expect(parsed).toEqual({ ...expected, deleted_at: undefined });
    expect(parsed).not.toHaveProperty('client_secret_hash');
  });

  it('gives an empty client when the detail envelope has no data', async () => {
    server.use(http.get(CLIENT, () => HttpResponse.json({ code: 0, message: 'ok' })));
    await expect(getClient('app-1')).resolves.toEqual({});
  });

  it('sends name and status filters of the client list', async () => {
    let url: URL | undefined;
    server.use(
      http.get('*/oauth/api/v1/admin/oauth/clients', ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({ items: [{ client_id: 'a', grant_types: null }], total: 1 });
      }),
    );
    const list = await listClients({ page: 1, page_size: 20, name: 'bill', status: 'suspended' });
    expect(url?.pathname).toBe('/oauth/api/v1/admin/oauth/clients');
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      page: '1',
      page_size: '20',
      name: 'bill',
      status: 'suspended',
    });
    expect(list.items).toEqual([expect.objectContaining({ client_id: 'a', grant_types: undefined })]);
  });

  it("parses a client's tokens", async () => {
    server.use(
      http.get(`${CLIENT}/tokens`, () =>
        HttpResponse.json({
          items: [{ token_type: 'refresh_token', user_id: 'u1', scope: 'openid profile', expires_at: null }],
          total: 1,
          pagination: { page: 1, page_size: 20, total: 1, total_pages: 1, has_next: false, has_prev: false },
        }),
      ),
    );
    const list = await listClientTokens('app-1', {});
    expect(list.items[0]).toMatchObject({ token_type: 'refresh_token', user_id: 'u1', scope: 'openid profile' });
    expect(list.pagination?.has_next).toBe(false);
  });

  it('deletes a client: DELETE with a 204 and no body', async () => {
    let seen: string | undefined;
    server.use(
      http.delete(CLIENT, ({ request }) => {
        seen = `${request.method} ${request.url}`;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await expect(deleteClient('app 1')).resolves.toBeUndefined();
    expect(seen).toBe('DELETE http://authms.test/oauth/api/v1/admin/oauth/clients/app%201');
  });
});

describe('client query options', () => {
  it('use the keys of queryKeys', () => {
    const params = { page: 1, name: 'x' };
    expect(clientListQuery(params).queryKey).toEqual(['clients', 'list', params]);
    expect(clientListQuery(params).queryKey).toEqual(queryKeys.clients.list(params));
    expect(clientDetailQuery('app-1').queryKey).toEqual(['clients', 'detail', 'app-1']);
    expect(clientTokenListQuery('app-1', { page: 2 }).queryKey).toEqual([
      'clients',
      'detail',
      'app-1',
      'tokens',
      { page: 2 },
    ]);
    expect(clientTokenListQuery('app-1', { page: 2 }).queryKey).toEqual(
      queryKeys.clients.tokenList('app-1', { page: 2 }),
    );
  });
});

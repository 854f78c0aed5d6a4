import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { server } from '@/mocks/node';
import { setCredentials } from './credentials';
import { ApiError } from './errors';
import { queryKeys } from './queryKeys';
import type { TokenListParams } from './schemas/tokens';
import { listTokens, tokenListQuery } from './tokens';

const TOKENS = '*/session/api/v1/admin/tokens';

beforeEach(() => {
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

function answer(body: JsonBodyType) {
  server.use(http.get(TOKENS, () => HttpResponse.json(body)));
}

const token = {
  id: 'tok_abc123',
  user_id: 'user_1',
  token_type: 'access',
  status: 'active',
  ip: '203.0.113.7',
  user_agent: 'Mozilla/5.0',
  created_at: '2026-04-15T10:30:00Z',
  expires_at: '2026-04-15T11:30:00Z',
};

const pagination = { page: 2, page_size: 20, total: 41, total_pages: 3, has_next: true, has_prev: true };

describe('listTokens parsing', () => {
  it('parses the list envelope, its items and PageInfo', async () => {
    answer({ code: 0, message: 'ok', timestamp: '2026-04-15T10:30:00Z', items: [token], total: 41, pagination });
    await expect(listTokens({ page: 2 })).resolves.toEqual({
      code: 0,
      message: 'ok',
      timestamp: '2026-04-15T10:30:00Z',
      items: [token],
      total: 41,
      pagination,
    });
  });

  it('ignores unknown fields, at every level', async () => {
    answer({
      items: [{ ...token, fingerprint: 'x', nested: { a: 1 } }],
      total: 1,
      extra: true,
      pagination: { page: 1, cursor: 'c' },
    });
    const list = await listTokens({});
    expect(list.items[0]).toEqual(token);
    expect(list).not.toHaveProperty('extra');
    expect(list.pagination).toEqual({ page: 1 });
  });

  it('leaves missing fields undefined and turns null into undefined', async () => {
    answer({ items: [{ id: 'tok_1', ip: null, user_agent: null, expires_at: null }], total: null, pagination: null });
    const list = await listTokens({});
    const item = list.items[0];
    expect(item?.id).toBe('tok_1');
    expect(item?.ip).toBeUndefined();
    expect(item?.user_agent).toBeUndefined();
    expect(item?.status).toBeUndefined();
    expect(item?.expires_at).toBeUndefined();
    expect(list.total).toBeUndefined();
    expect(list.pagination).toBeUndefined();
  });

  it('gives an empty item list when items is missing or null', async () => {
    answer({ code: 0, total: 0 });
    expect((await listTokens({})).items).toEqual([]);
    answer({ items: null });
    expect((await listTokens({})).items).toEqual([]);
  });

  it('keeps an unknown status value as a string', async () => {
    answer({ items: [{ id: 'tok_1', status: 'quarantined' }] });
    expect((await listTokens({})).items[0]?.status).toBe('quarantined');
  });

  it('rejects a wrongly typed field with kind "schema" naming its path', async () => {
    answer({ items: [token, { ...token, id: 'tok_2', status: 3 }], total: 2 });
    const error = await listTokens({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'schema', status: 200, field: 'items[1].status' });
    expect((error as ApiError).message).toContain('items[1].status');
  });

  it('names a nested PageInfo field in a schema error', async () => {
    answer({ items: [], pagination: { ...pagination, has_next: 'yes' } });
    await expect(listTokens({})).rejects.toMatchObject({ kind: 'schema', field: 'pagination.has_next' });
  });

  it('rejects a body that is not an object with kind "schema"', async () => {
    answer([token]);
    await expect(listTokens({})).rejects.toMatchObject({ kind: 'schema' });
  });

  it('rejects an empty 200 body where a list is due', async () => {
    server.use(http.get(TOKENS, () => new HttpResponse('', { status: 200 })));
    await expect(listTokens({})).rejects.toMatchObject({ kind: 'schema', status: 200 });
  });
});

describe('tokenListQuery', () => {
  it('is keyed by queryKeys.tokens.list(params)', () => {
    const params: TokenListParams = { page: 1, page_size: 20, status: 'active' };
    const options = tokenListQuery(params);
    expect(options.queryKey).toEqual(['tokens', 'list', params]);
    expect(options.queryKey).toEqual(queryKeys.tokens.list(params));
    expect(queryKeys.tokens.lists()).toEqual(options.queryKey.slice(0, 2));
  });

  it('fetches through listTokens when used by a QueryClient', async () => {
    answer({ items: [token], total: 1 });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const data = await queryClient.fetchQuery(tokenListQuery({ page: 1 }));
    expect(data.items).toEqual([token]);
    expect(queryClient.getQueryData(queryKeys.tokens.list({ page: 1 }))).toBe(data);
  });
});

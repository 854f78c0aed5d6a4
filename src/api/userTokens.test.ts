import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { setCredentials } from './credentials';
import { listAllUserTokens, USER_TOKENS_MAX_PAGES } from './tokens';

const TOKENS = '*/session/api/v1/admin/tokens';

beforeEach(() => {
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

/** A server holding `total` tokens of the user, answering pages as asked; records every query string. */
function pagedServer(total: number, pageInfo: (page: number, pages: number) => object = (page, pages) => ({ has_next: page < pages })) {
  const queries: string[] = [];
  server.use(
    http.get(TOKENS, ({ request }) => {
      const url = new URL(request.url);
      queries.push(url.search);
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('page_size'));
      const start = (page - 1) * size;
      const items = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => ({
        id: `tok_${start + i}`,
        status: 'active',
      }));
      return HttpResponse.json({ items, total, pagination: { page, page_size: size, total, ...pageInfo(page, Math.ceil(total / size)) } });
    }),
  );
  return queries;
}

describe('listAllUserTokens', () => {
  it('fetches page after page of 100 until has_next is false', async () => {
    const queries = pagedServer(250);
    const result = await listAllUserTokens('usr 1');
    expect(result.items).toHaveLength(250);
    expect(result.items[249]?.id).toBe('tok_249');
    expect(result).toMatchObject({ total: 250, truncated: false });
    expect(queries.map((q) => Object.fromEntries(new URLSearchParams(q)))).toEqual([1, 2, 3].map((page) => ({
      page: String(page),
      page_size: '100',
      user_id: 'usr 1',
    })));
  });

  it('falls back on total_pages, and stops at an empty page even if the server claims more', async () => {
    pagedServer(120, (_page, pages) => ({ total_pages: pages }));
    expect((await listAllUserTokens('u')).items).toHaveLength(120);

    const queries = pagedServer(30, () => ({ has_next: true }));
    const result = await listAllUserTokens('u');
    expect(result.items).toHaveLength(30);
    expect(queries).toHaveLength(2);
  });

  it('stops at the page limit and says the list is truncated', async () => {
    const queries = pagedServer(100 * (USER_TOKENS_MAX_PAGES + 5));
    const result = await listAllUserTokens('u');
    expect(queries).toHaveLength(USER_TOKENS_MAX_PAGES);
    expect(result.truncated).toBe(true);
  });
});

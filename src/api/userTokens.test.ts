import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { setCredentials } from './credentials';
import { countTokens } from './tokens';

const TOKENS = '*/session/api/v1/admin/tokens';

beforeEach(() => {
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

/** Answers every token list with `body`; records each query string. */
function answer(body: object) {
  const queries: Record<string, string>[] = [];
  server.use(
    http.get(TOKENS, ({ request }) => {
      queries.push(Object.fromEntries(new URL(request.url).searchParams));
      return HttpResponse.json(body);
    }),
  );
  return queries;
}

describe('countTokens', () => {
  it('asks for one item with the filters and reads the flattened total', async () => {
    const queries = answer({ items: [{ id: 'tok_1' }], total: 4321, pagination: { total: 4321 } });
    expect(await countTokens({ user_id: 'usr 1', type: 'refresh', status: 'expired' })).toBe(4321);
    expect(queries).toEqual([{ user_id: 'usr 1', type: 'refresh', status: 'expired', page: '1', page_size: '1' }]);
  });

  it("falls back on the PageInfo's total, and answers null when the server sends neither", async () => {
    answer({ items: [], pagination: { total: 7 } });
    expect(await countTokens({ user_id: 'u' })).toBe(7);
    answer({ items: [{ id: 'tok_1' }] });
    expect(await countTokens({ user_id: 'u' })).toBeNull();
  });
});

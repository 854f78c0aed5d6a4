import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { clientHistoryQuery, listClientAuditLogs } from './clientHistory';
import { clientStatsQuery, getClientStats } from './clientUsage';
import { setCredentials } from './credentials';
import { isRouteMissing } from './errors';

const C = '*/oauth/api/v1/admin/oauth/clients/:clientId';

beforeEach(() => {
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

const DAY = { date: '2026-11-27', tokens_issued: 12, authorizations: 9, failed_authorizations: 1 };

describe("a client's usage (assumed body)", () => {
  it('reads the detail envelope', async () => {
    let path = '';
    server.use(
      http.get(`${C}/stats`, ({ request }) => {
        path = new URL(request.url).pathname;
        return HttpResponse.json({
          code: 0,
          data: { active_access_tokens: 3, active_refresh_tokens: 2, tokens_issued_24h: 40, authorizations_24h: 30, failed_authorizations_24h: 4, last_used_at: '2026-11-27T10:00:00Z', daily: [DAY] },
        });
      }),
    );
    expect(await getClientStats('a b')).toEqual({
      active_access_tokens: 3,
      active_refresh_tokens: 2,
      tokens_issued_24h: 40,
      authorizations_24h: 30,
      failed_authorizations_24h: 4,
      last_used_at: '2026-11-27T10:00:00Z',
      daily: [DAY],
    });
    expect(path).toBe('/oauth/api/v1/admin/oauth/clients/a%20b/stats');
    expect(clientStatsQuery('app').queryKey).toEqual(['clients', 'detail', 'app', 'stats']);
  });

  it('reads stats sent bare, without an envelope', async () => {
    server.use(http.get(`${C}/stats`, () => HttpResponse.json({ tokens_issued_24h: 5, daily: [DAY] })));
    expect(await getClientStats('app')).toEqual({ tokens_issued_24h: 5, daily: [DAY] });
  });

  it('drops fields of the wrong type and days it cannot read, and puts the days in date order', async () => {
    server.use(
      http.get(`${C}/stats`, () =>
        HttpResponse.json({
          data: {
            active_access_tokens: '3',
            tokens_issued_24h: null,
            last_used_at: 17,
            daily: [{ ...DAY, date: '2026-11-28', failed_authorizations: 'x' }, 'junk', { tokens_issued: 4 }, DAY, { date: 'yesterday', tokens_issued: 1 }],
          },
        }),
      ),
    );
    const stats = await getClientStats('app');
    expect(stats.active_access_tokens).toBeUndefined();
    expect(stats.tokens_issued_24h).toBeUndefined();
    expect(stats.last_used_at).toBeUndefined();
    expect(stats.daily?.map((d) => d.date)).toEqual(['2026-11-27', '2026-11-28']);
    expect(stats.daily?.[1]?.failed_authorizations).toBeUndefined();
  });

  it.each([
    ['an empty envelope', { code: 0 }],
    ['data that is not an object', { data: 'none' }],
    ['a list', [1, 2]],
  ])('reads no stats (not a crash) from %s', async (_name, body) => {
    server.use(http.get(`${C}/stats`, () => HttpResponse.json(body)));
    expect(await getClientStats('app')).toEqual({});
  });

  it.each([404, 405, 501])('reports %s as a route this server does not offer', async (status) => {
    server.use(http.get(`${C}/stats`, () => HttpResponse.json({ code: status, message: 'no' }, { status })));
    const error = await getClientStats('app').catch((e: unknown) => e);
    expect(isRouteMissing(error)).toBe(true);
  });
});

describe("a client's history (assumed body)", () => {
  it('sends page, page size and action, and reads entries with their changes', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${C}/audit-logs`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({
          items: [
            {
              id: 'aud_1',
              action: 'client.updated',
              actor_id: 'usr_1',
              actor_type: 'admin',
              ip: '192.0.2.1',
              user_agent: 'UA',
              request_id: 'req_1',
              created_at: '2026-11-27T10:00:00Z',
              changes: [
                { field: 'name', old: 'A', new: 'B' },
                { field: 'scopes', old: ['openid'], new: ['openid', 'email'] },
                { field: 'is_confidential', old: false, new: true },
                { field: 'website', old: null, new: 'https://x.example' },
              ],
            },
          ],
          total: 1,
        });
      }),
    );
    const list = await listClientAuditLogs('app', { page: 2, page_size: 50, action: 'client.updated' });
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({ page: '2', page_size: '50', action: 'client.updated' });
    expect(list.total).toBe(1);
    expect(list.items[0]?.changes).toEqual([
      { field: 'name', old: 'A', new: 'B' },
      { field: 'scopes', old: ['openid'], new: ['openid', 'email'] },
      { field: 'is_confidential', old: false, new: true },
      { field: 'website', old: null, new: 'https://x.example' },
    ]);
    expect(clientHistoryQuery('app', { action: 'client.updated' }).queryKey).toEqual(['clients', 'detail', 'app', 'history', { action: 'client.updated' }]);
  });

  it('keeps entries with odd fields, turns nested values into text, and leaves out what is not an entry', async () => {
    server.use(
      http.get(`${C}/audit-logs`, () =>
        HttpResponse.json({
          items: [
            { id: 'aud_1', action: 7, changes: [{ field: 'jwks', old: { keys: [] }, new: [1, { a: 1 }] }, 'junk', { old: 1 }] },
            'junk',
            null,
            { id: 'aud_2', changes: 'none', created_at: ['x'] },
          ],
        }),
      ),
    );
    const list = await listClientAuditLogs('app', {});
    expect(list.items.map((e) => e.id)).toEqual(['aud_1', 'aud_2']);
    expect(list.items[0]?.action).toBeUndefined();
    expect(list.items[0]?.changes).toEqual([
      { field: 'jwks', old: '{"keys":[]}', new: ['1', '{"a":1}'] },
      { field: undefined, old: 1, new: null },
    ]);
    expect(list.items[1]).toEqual({ id: 'aud_2', changes: undefined, created_at: undefined });
  });

  it('reads a list without items as empty', async () => {
    server.use(http.get(`${C}/audit-logs`, () => HttpResponse.json({ code: 0, total: 0 })));
    expect((await listClientAuditLogs('app', {})).items).toEqual([]);
  });

  it.each([404, 405, 501])('reports %s as a route this server does not offer', async (status) => {
    server.use(http.get(`${C}/audit-logs`, () => new HttpResponse(null, { status })));
    const error = await listClientAuditLogs('app', {}).catch((e: unknown) => e);
    expect(isRouteMissing(error)).toBe(true);
  });
});

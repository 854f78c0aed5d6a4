import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { setCredentials } from './credentials';
import { isRouteMissing } from './errors';
import {
  endSessions,
  endUserSessions,
  getActiveSessionCount,
  getDeviceFingerprint,
  getSessionRisk,
  getSessionStats,
  listSessions,
  purgeExpiredSessions,
  sessionListQuery,
} from './sessions';
import { forgetTrustedDevice, listTrustedDevices } from './trustedDevices';
import { liftBlacklistEntry, listBlacklist } from './tokenBlacklist';

const S = '*/session/api/v1/admin';

beforeEach(() => {
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

describe('sessions (assumed bodies)', () => {
  it('sends every filter of the list and keeps a row whose fields have unexpected types', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${S}/sessions`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({
          items: [
            { id: 'ses_1', user_id: 'usr_1', risk_score: '87', mfa: 'yes', location: 'Berlin', extra: 1 },
            { id: 'ses_2', location: { country: 'DE', city: 7 }, risk_level: 'high', risk_score: 91 },
          ],
          total: 2,
        });
      }),
    );
    const list = await listSessions({ page: 2, page_size: 50, user_id: 'usr_1', client_id: 'app', status: 'active', ip: '192.0.2.1', min_risk: 70 });
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      page: '2', page_size: '50', user_id: 'usr_1', client_id: 'app', status: 'active', ip: '192.0.2.1', min_risk: '70',
    });
    expect(list.items[0]).toEqual({ id: 'ses_1', user_id: 'usr_1', risk_score: undefined, mfa: undefined, location: undefined });
    expect(list.items[1]?.location).toEqual({ country: 'DE', city: undefined });
    expect(list.items[1]?.risk_score).toBe(91);
    expect(sessionListQuery({ status: 'active' }).queryKey).toEqual(['sessions', 'list', { status: 'active' }]);
  });

  it.each([
    ['{data: {count}}', { code: 0, data: { count: 42 } }],
    ['{data: {total}}', { data: { total: 42 } }],
    ['{data: N}', { data: 42 }],
    ['{total: N}', { total: 42 }],
    ['a bare number', 42],
  ])('reads the active count from %s', async (_name, body) => {
    server.use(http.get(`${S}/sessions/active-count`, () => HttpResponse.json(body)));
    expect(await getActiveSessionCount()).toBe(42);
  });

  it('answers no count (not a crash) when the body holds none', async () => {
    server.use(http.get(`${S}/sessions/active-count`, () => HttpResponse.json({ data: { count: 'many' } })));
    expect(await getActiveSessionCount()).toBeUndefined();
  });

  it('reads the stats, dropping entries it cannot read and keeping the rest', async () => {
    server.use(
      http.get(`${S}/sessions/stats`, () =>
        HttpResponse.json({
          data: {
            active: 10,
            mfa_ratio: 0.5,
            by_risk: { low: 7, medium: 2, high: '1' },
            by_client: [{ client_id: 'a', active: 6 }, 'junk', { client_id: 'b', active: 4 }],
            hourly: 'not a list',
          },
        }),
      ),
    );
    const stats = await getSessionStats();
    expect(stats.active).toBe(10);
    expect(stats.by_risk).toEqual({ low: 7, medium: 2, high: undefined });
    expect(stats.by_client).toEqual([{ client_id: 'a', active: 6 }, { client_id: 'b', active: 4 }]);
    expect(stats.hourly).toBeUndefined();
  });

  it('asks the risk and the device of one session by its id', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${S}/sessions/risk-score`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ data: { score: 80, level: 'high', factors: [{ code: 'tor_exit', weight: 40 }] } });
      }),
      http.get(`${S}/sessions/device-fingerprint`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ data: { device_id: 'dev_1', trusted: true } });
      }),
    );
    expect((await getSessionRisk('ses_1')).factors).toEqual([{ code: 'tor_exit', weight: 40 }]);
    expect((await getDeviceFingerprint('ses 2')).trusted).toBe(true);
    expect(seen).toEqual(['?session_id=ses_1', '?session_id=ses+2']);
  });

  it.each([
    ['200 with {data: {deleted}}', () => HttpResponse.json({ data: { deleted: 3 } }), 3],
    ['200 with {deleted}', () => HttpResponse.json({ deleted: 3 }), 3],
    ['204', () => new HttpResponse(null, { status: 204 }), undefined],
  ])('ends sessions: %s', async (_name, answer, expected) => {
    let body: unknown;
    server.use(
      http.delete(`${S}/sessions/bulk`, async ({ request }) => {
        body = await request.json();
        return answer();
      }),
      http.delete(`${S}/sessions/user/:id`, answer),
      http.delete(`${S}/sessions/expired`, answer),
    );
    expect(await endSessions(['a', 'b'])).toBe(expected);
    expect(body).toEqual({ session_ids: ['a', 'b'] });
    expect(await endUserSessions('usr/1')).toBe(expected);
    expect(await purgeExpiredSessions()).toBe(expected);
  });

  it.each([404, 405, 501])('reads %s as a route this server does not offer', async (status) => {
    server.use(http.get(`${S}/sessions`, () => HttpResponse.json({ code: status, message: 'no' }, { status })));
    const error = await listSessions({}).catch((e: unknown) => e);
    expect(isRouteMissing(error)).toBe(true);
  });

  it('does not read a 500 or a network failure as a missing route', async () => {
    server.use(http.get(`${S}/sessions`, () => HttpResponse.json({ title: 'boom', status: 500 }, { status: 500 })));
    expect(isRouteMissing(await listSessions({}).catch((e: unknown) => e))).toBe(false);
    server.use(http.get(`${S}/sessions`, () => HttpResponse.error()));
    expect(isRouteMissing(await listSessions({}).catch((e: unknown) => e))).toBe(false);
  });
});

describe('trusted devices and the blacklist (assumed bodies)', () => {
  it('lists a user\'s trusted devices and forgets one by its id', async () => {
    let url: URL | undefined;
    let deleted = '';
    server.use(
      http.get(`${S}/trusted-devices`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({ items: [{ id: 'tdv_1', name: 42, browser: 'Firefox' }], total: 1 });
      }),
      http.delete(`${S}/trusted-devices/:id`, ({ params }) => {
        deleted = String(params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const list = await listTrustedDevices({ user_id: 'usr_1' });
    expect(url?.searchParams.get('user_id')).toBe('usr_1');
    expect(list.items[0]).toEqual({ id: 'tdv_1', name: undefined, browser: 'Firefox' });
    await forgetTrustedDevice('tdv_1');
    expect(deleted).toBe('tdv_1');
  });

  it('lists the blacklist paged and lifts an entry (200 or 204)', async () => {
    server.use(
      http.get(`${S}/tokens/blacklist`, () => HttpResponse.json({ items: [{ id: 'bl_1', reason: null }], pagination: { total: 1 } })),
      http.delete(`${S}/tokens/blacklist/:id`, () => HttpResponse.json({ code: 0, message: 'ok' })),
    );
    expect((await listBlacklist({ page: 1 })).items).toEqual([{ id: 'bl_1', reason: undefined }]);
    await expect(liftBlacklistEntry('bl_1')).resolves.toBeUndefined();
  });
});

import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { setCredentials } from './credentials';
import { deviceListQuery, listDevices } from './devices';
import { queryKeys } from './queryKeys';

beforeEach(() => {
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

describe('device sessions', () => {
  it('sends the status and client filters and parses the items', async () => {
    let url: URL | undefined;
    const device = {
      device_code: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      user_code: 'BDJW-DSXQ',
      client_id: 'tv-app',
      user_id: null,
      scope: 'openid',
      status: 'pending',
      interval: 5,
      poll_count: 3,
      created_at: '2026-04-15T10:30:00Z',
      updated_at: '2026-04-15T10:31:00Z',
      expires_at: '2026-04-15T10:45:00Z',
    };
    server.use(
      http.get('*/oauth/api/v1/admin/oauth/devices', ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({ items: [device], total: 1 });
      }),
    );
    const list = await listDevices({ status: 'pending', client_id: 'tv-app', page: 1 });
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({ status: 'pending', client_id: 'tv-app', page: '1' });
    expect(list.items[0]).toEqual({ ...device, user_id: undefined });
  });

  it('names the failing field when poll_count is not a number', async () => {
    server.use(
      http.get('*/oauth/api/v1/admin/oauth/devices', () =>
        HttpResponse.json({ items: [{ device_code: 'd', poll_count: '3' }] }),
      ),
    );
    await expect(listDevices({})).rejects.toMatchObject({ kind: 'schema', field: 'items[0].poll_count' });
  });

  it('is keyed by queryKeys.devices.list(params)', () => {
    const params = { status: 'expired' as const };
    expect(deviceListQuery(params).queryKey).toEqual(['devices', 'list', params]);
    expect(deviceListQuery(params).queryKey).toEqual(queryKeys.devices.list(params));
  });
});

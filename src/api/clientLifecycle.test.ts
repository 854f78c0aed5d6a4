import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import {
  addClientSecret,
  clientSecretsQuery,
  cloneClient,
  createClient,
  deactivateClientSecret,
  listClientSecrets,
  rotateClientSecret,
} from './clientLifecycle';
import { setCredentials } from './credentials';
import { endDeviceSession } from './devices';
import { queryKeys } from './queryKeys';

const CLIENTS = '*/oauth/api/v1/admin/oauth/clients';

beforeEach(() => {
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

function answerCreate(body: Record<string, unknown> | undefined, status = 201) {
  let sent: unknown;
  server.use(
    http.post(CLIENTS, async ({ request }) => {
      sent = await request.json();
      return body === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(body, { status });
    }),
  );
  return () => sent;
}

describe('createClient', () => {
  it('sends the body and reads the client and the secret at data', async () => {
    const sent = answerCreate({ code: 0, data: { client_id: 'app-1', name: 'App', client_secret: 's3cr3t-abcd' } });
    const issued = await createClient({ client_id: 'app-1', name: 'App', is_confidential: true });
    expect(sent()).toEqual({ client_id: 'app-1', name: 'App', is_confidential: true });
    expect(issued.secret).toBe('s3cr3t-abcd');
    expect(issued.client).toMatchObject({ client_id: 'app-1', name: 'App', secret_last_four: 'abcd' });
    expect(issued.client).not.toHaveProperty('client_secret');
  });

  it('reads the client at data.client and the secret at the top level', async () => {
    answerCreate({ client_secret: 'top-level-wxyz', data: { client: { client_id: 'app-2', secret_last_four: 'wxyz' } } });
    const issued = await createClient({ name: 'App' });
    expect(issued).toEqual({ client: expect.objectContaining({ client_id: 'app-2', secret_last_four: 'wxyz' }), secret: 'top-level-wxyz' });
  });

  it('has no secret for a public client, an empty body or an empty secret, and never crashes on nulls', async () => {
    answerCreate({ data: { client_id: 'spa', client_secret: null, grant_types: null } });
    expect(await createClient({ name: 'Spa' })).toEqual({ client: expect.objectContaining({ client_id: 'spa' }), secret: undefined });
    answerCreate(undefined);
    expect(await createClient({ name: 'Spa' })).toEqual({ client: {}, secret: undefined });
    answerCreate({ data: { client_secret: '' } });
    expect((await createClient({ name: 'Spa' })).secret).toBeUndefined();
  });

  it('fails with an ApiError carrying the server field violations, or the 409', async () => {
    answerCreate({ status: 400, detail: 'bad', errors: [{ field: 'redirect_uris[0]', code: 'format', description: 'no' }] }, 400);
    await expect(createClient({ name: 'x' })).rejects.toMatchObject({
      status: 400,
      violations: [expect.objectContaining({ field: 'redirect_uris[0]' })],
    });
    answerCreate({ code: 409, message: 'client_id "x" is already taken' }, 409);
    await expect(createClient({ name: 'x', client_id: 'x' })).rejects.toMatchObject({ status: 409, shape: 'simple' });
  });
});

describe('rotateClientSecret and cloneClient', () => {
  it('rotates with a POST to the encoded client path and reads the new secret', async () => {
    let path = '';
    server.use(
      http.post(`${CLIENTS}/:clientId/rotate-secret`, ({ request }) => {
        path = new URL(request.url).pathname;
        return HttpResponse.json({ data: { client_secret: 'new-secret-9876' } });
      }),
    );
    const issued = await rotateClientSecret('a/b');
    expect(path).toBe('/oauth/api/v1/admin/oauth/clients/a%2Fb/rotate-secret');
    expect(issued).toEqual({ client: { secret_last_four: '9876' }, secret: 'new-secret-9876' });
  });

  it('clones with the copy’s name and reads the copy', async () => {
    let sent: unknown;
    server.use(
      http.post(`${CLIENTS}/:clientId/clone`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ data: { client_id: 'app-copy', name: 'App (copy)' } }, { status: 201 });
      }),
    );
    const issued = await cloneClient('app', { name: 'App (copy)' });
    expect(sent).toEqual({ name: 'App (copy)' });
    expect(issued).toEqual({ client: expect.objectContaining({ client_id: 'app-copy', name: 'App (copy)' }), secret: undefined });
  });
});

describe('client secrets', () => {
  const item = { id: 'sec_1', last_four: 'abcd', status: 'active', created_at: '2026-04-15T10:30:00Z' };

  it.each([
    ['a list envelope', { items: [item], total: 1 }],
    ['a detail envelope holding the array', { data: [item] }],
    ['a detail envelope holding items', { data: { items: [item] } }],
    ['the other field names', { items: [{ secret_id: 'sec_1', secret_last_four: 'abcd', status: 'active', created_at: item.created_at }] }],
  ])('reads %s', async (_label, body) => {
    server.use(http.get(`${CLIENTS}/:clientId/secrets`, () => HttpResponse.json(body)));
    expect(await listClientSecrets('app')).toEqual({ offered: true, items: [expect.objectContaining(item)] });
  });

  it.each([404, 405])('reads %s as "not offered", not as an error', async (status) => {
    server.use(http.get(`${CLIENTS}/:clientId/secrets`, () => HttpResponse.json({ code: status, message: 'no' }, { status })));
    expect(await listClientSecrets('app')).toEqual({ offered: false, items: [] });
  });

  it('fails on other errors', async () => {
    server.use(http.get(`${CLIENTS}/:clientId/secrets`, () => HttpResponse.json({ code: 500, message: 'boom' }, { status: 500 })));
    await expect(listClientSecrets('app')).rejects.toMatchObject({ status: 500, message: 'boom' });
  });

  it('deactivates with a PUT, whatever the body, and keys the list under the client', async () => {
    let method = '';
    server.use(
      http.put(`${CLIENTS}/:clientId/secrets/:secretId/deactivate`, ({ request }) => {
        method = request.method;
        return new HttpResponse('<html>ok</html>', { status: 200 });
      }),
    );
    await expect(deactivateClientSecret('app', 'sec_1')).resolves.toBeUndefined();
    expect(method).toBe('PUT');
    expect(clientSecretsQuery('app').queryKey).toEqual(queryKeys.clients.secrets('app'));
    expect(queryKeys.clients.secrets('app').slice(0, 3)).toEqual(queryKeys.clients.detail('app'));
  });
});

describe('endDeviceSession', () => {
  it.each([
    ['204', () => new HttpResponse(null, { status: 204 })],
    ['200 with a body', () => HttpResponse.json({ code: 0, message: 'ok', data: { anything: true } })],
  ])('is done on %s', async (_label, answer) => {
    let path = '';
    server.use(
      http.delete('*/oauth/api/v1/admin/oauth/devices/:code', ({ request }) => {
        path = new URL(request.url).pathname;
        return answer();
      }),
    );
    await expect(endDeviceSession('01ARZ3NDEKTSV4RRFFQ69G5FAV')).resolves.toBeUndefined();
    expect(path).toBe('/oauth/api/v1/admin/oauth/devices/01ARZ3NDEKTSV4RRFFQ69G5FAV');
  });

  it('fails with the server’s message', async () => {
    server.use(
      http.delete('*/oauth/api/v1/admin/oauth/devices/:code', () =>
        HttpResponse.json({ code: 409, message: 'device session is already authorized' }, { status: 409 }),
      ),
    );
    await expect(endDeviceSession('x')).rejects.toMatchObject({ status: 409, message: 'device session is already authorized' });
  });
});

describe('adding a second secret (assumed body)', () => {
  it.each([
    ['data.client_secret', { data: { id: 'sec_1', last_four: 'WXYZ', client_secret: 'abcWXYZ' } }, 'WXYZ'],
    ['data.secret', { data: { secret: 'abcd1234' } }, '1234'],
    ['the top-level client_secret', { client_secret: 'zz99' }, 'zz99'],
  ])('reads the secret from %s, once, and its last four', async (_where, body, lastFour) => {
    server.use(http.post('*/oauth/api/v1/admin/oauth/clients/:id/secrets', () => HttpResponse.json(body, { status: 201 })));
    const added = await addClientSecret('app');
    expect(added.lastFour).toBe(lastFour);
    expect(added.secret?.endsWith(lastFour)).toBe(true);
  });

  it('answers no secret (not a crash) when the server sends none', async () => {
    server.use(http.post('*/oauth/api/v1/admin/oauth/clients/:id/secrets', () => new HttpResponse(null, { status: 204 })));
    expect(await addClientSecret('app')).toEqual({ secret: undefined, lastFour: undefined });
  });
});

import { readIssuedClient, secretIssuingAnswerSchema } from '@/api/schemas/clientLifecycle';
import { mockClock } from '@/mocks/clock';
import { getMockDb, resetMockDb } from '@/mocks/db';
import { OVERLAP_SECRET_CLIENT_ID } from '@/mocks/db/clientLifecycle';
import { DEMO_VIEWER_TOKEN, OTHER_TENANT_CLIENT_IDS } from '@/mocks/identities';
import { call, expectSimple, OAUTH, RFC3339_UTC, type DetailBody, type ListBody, type ProblemBody } from './testing';

interface Client {
  client_id: string;
  name: string;
  status: string;
  is_confidential: boolean;
  client_auth_methods: string | string[];
  grant_types: string[];
  scopes: string[];
  redirect_uris: string[];
  secret_last_four?: string;
  client_secret?: string;
  created_at: string;
  updated_at: string;
}

interface Secret {
  id: string;
  last_four: string;
  status: string;
  created_at: string;
  deactivated_at?: string;
}

const CLIENTS = `${OAUTH}/admin/oauth/clients`;
const clientUrl = (clientId: string) => `${CLIENTS}/${encodeURIComponent(clientId)}`;
const create = (body: unknown) => call<DetailBody<Client>>(CLIENTS, { method: 'POST', body });
const getClient = (clientId: string) => call<DetailBody<Client>>(clientUrl(clientId));
const rotate = (clientId: string) => call<DetailBody<Client>>(`${clientUrl(clientId)}/rotate-secret`, { method: 'POST' });
const clone = (clientId: string, body?: unknown) =>
  call<DetailBody<Client>>(`${clientUrl(clientId)}/clone`, { method: 'POST', body });
const secrets = (clientId: string) => call<ListBody<Secret>>(`${clientUrl(clientId)}/secrets`);
const deactivate = (clientId: string, secretId: string) =>
  call<DetailBody<Secret>>(`${clientUrl(clientId)}/secrets/${secretId}/deactivate`, { method: 'PUT' });

const WEB_APP = {
  client_id: 'new-web-app',
  name: 'New web app',
  status: 'active',
  is_confidential: true,
  client_auth_methods: ['client_secret_basic'],
  grant_types: ['authorization_code', 'refresh_token'],
  scopes: ['openid', 'profile'],
  redirect_uris: ['https://app.example.com/callback'],
};

const SPA = {
  client_id: 'new-spa',
  name: 'New single-page app',
  is_confidential: false,
  client_auth_methods: ['none'],
  grant_types: ['authorization_code', 'refresh_token'],
  redirect_uris: ['http://localhost:5173/callback', 'com.example.app:/cb'],
};

/** A 400 `Problem` of the OAuth service, its field violations returned. */
function expectFieldProblem(result: Awaited<ReturnType<typeof create>>): ProblemBody {
  expect(result.status).toBe(400);
  expect(result.headers.get('content-type')).toContain('application/problem+json');
  const body = result.body as unknown as ProblemBody;
  expect(body).toMatchObject({ status: 400, service: 'oauth', i18n_key: 'error.invalid_parameter' });
  expect(body.request_id).toBe(result.headers.get('x-request-id'));
  expect(body.errors?.length).toBeGreaterThan(0);
  return body;
}

describe('POST /oauth/api/v1/admin/oauth/clients', () => {
  it('creates a confidential client: 201, its secret once, then it is listed, editable and deletable', async () => {
    const result = await create(WEB_APP);
    expect(result.status).toBe(201);
    const { data } = result.body;
    expect(data).toMatchObject({ ...WEB_APP, created_at: expect.stringMatching(RFC3339_UTC) });
    expect(data.client_secret).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(data.secret_last_four).toBe(data.client_secret?.slice(-4));
    expect(readIssuedClient(secretIssuingAnswerSchema.parse(result.body))).toMatchObject({
      client: { client_id: 'new-web-app', secret_last_four: data.secret_last_four },
      secret: data.client_secret,
    });
    // the dataset keeps the last four only
    expect(JSON.stringify(getMockDb())).not.toContain(data.client_secret);

    const listed = await call<ListBody<Client>>(`${CLIENTS}?page_size=100`);
    expect(listed.body.items[0]?.client_id).toBe('new-web-app');
    const read = (await getClient('new-web-app')).body.data;
    expect(read).not.toHaveProperty('client_secret');
    expect(read.secret_last_four).toBe(data.secret_last_four);

    const edited = await call<DetailBody<Client>>(clientUrl('new-web-app'), { method: 'PUT', body: { name: 'Renamed' } });
    expect(edited.body.data.name).toBe('Renamed');
    expect((await call(clientUrl('new-web-app'), { method: 'DELETE' })).status).toBe(204);
    expectSimple(await getClient('new-web-app'), 404);
  });

  it('creates a public client without a secret', async () => {
    const { status, body } = await create(SPA);
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ client_id: 'new-spa', is_confidential: false, client_auth_methods: ['none'] });
    expect(body.data).not.toHaveProperty('client_secret');
    expect(body.data).not.toHaveProperty('secret_last_four');
    expect((await secrets('new-spa')).body.items).toEqual([]);
  });

  it('names the client after its name when no client_id is given, never reusing one', async () => {
    const machine = { name: 'Nightly Export (v2)', is_confidential: true, grant_types: ['client_credentials'] };
    expect((await create(machine)).body.data.client_id).toBe('nightly-export-v2');
    const second = (await create(machine)).body.data;
    expect(second.client_id).toBe('nightly-export-v2-2');
    expect(second.client_auth_methods).toEqual(['client_secret_basic']);
    expect(second.status).toBe('active');
  });

  it('answers 409 SimpleResponse for a client_id that is taken, in any tenant, even by a deleted client', async () => {
    expect(expectSimple(await create({ ...WEB_APP, client_id: 'acme-web-portal' }), 409).message).toContain(
      'acme-web-portal',
    );
    expectSimple(await create({ ...WEB_APP, client_id: OTHER_TENANT_CLIENT_IDS[0] }), 409);
    await create(SPA);
    await call(clientUrl('new-spa'), { method: 'DELETE' });
    expectSimple(await create(SPA), 409);
  });

  it('answers 400 Problem with a violation per field for a body it refuses', async () => {
    const missingName = expectFieldProblem(await create({ client_id: 'abc' }));
    expect(missingName.errors).toEqual([expect.objectContaining({ field: 'name', code: 'required' })]);

    const badTypes = expectFieldProblem(await create({ ...WEB_APP, client_id: 'no spaces', scopes: 'openid' }));
    expect(badTypes.errors?.map((e) => e.field).sort()).toEqual(['client_id', 'scopes']);

    const rules = expectFieldProblem(
      await create({
        ...SPA,
        grant_types: ['client_credentials'],
        redirect_uris: ['http://app.example.com/cb', 'https://ok.example.com/cb', 'https://ok.example.com/cb'],
      }),
    );
    expect(rules.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['redirect_uris[0]', 'redirect_uris[2]', 'grant_types']),
    );

    expect(expectFieldProblem(await create([1, 2])).errors?.[0]?.field).toBe('body');
    expect(expectFieldProblem(await create('{not json')).errors?.[0]?.field).toBe('body');
    expect((await call<ListBody<Client>>(`${CLIENTS}?name=New`)).body.total).toBe(0);
  });

  it('answers 401 / 403 as SimpleResponse and creates nothing', async () => {
    expectSimple(await call(CLIENTS, { method: 'POST', body: WEB_APP, token: null }), 401);
    expectSimple(await call(CLIENTS, { method: 'POST', body: WEB_APP, token: DEMO_VIEWER_TOKEN }), 403);
    expectSimple(await getClient('new-web-app'), 404);
  });
});

describe('POST .../clients/{client_id}/rotate-secret', () => {
  beforeEach(() => resetMockDb({ now: '2026-04-15T10:30:00Z' }));

  it('issues a new secret once: new last four and updated_at, and every older secret stops working', async () => {
    const before = (await getClient('acme-web-portal')).body.data;
    mockClock.advance(1000);
    const result = await rotate('acme-web-portal');
    expect(result.status).toBe(200);
    const secret = result.body.data.client_secret ?? '';
    expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(result.body.data.secret_last_four).toBe(secret.slice(-4));

    const after = (await getClient('acme-web-portal')).body.data;
    expect(after.secret_last_four).toBe(secret.slice(-4));
    expect(after.secret_last_four).not.toBe(before.secret_last_four);
    expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));

    const list = (await secrets('acme-web-portal')).body.items;
    expect(list[0]).toMatchObject({ last_four: secret.slice(-4), status: 'active' });
    expect(list.slice(1).every((s) => s.status === 'inactive')).toBe(true);
    expect(list.find((s) => s.last_four === before.secret_last_four)?.deactivated_at).toMatch(RFC3339_UTC);
    expect(JSON.stringify(getMockDb())).not.toContain(secret);
    expect((await rotate('acme-web-portal')).body.data.client_secret).not.toBe(secret);
  });

  it('refuses a public client (400) and unknown or foreign clients (404), as SimpleResponse', async () => {
    expectSimple(await rotate('acme-ios'), 400);
    expectSimple(await rotate('no-such-client'), 404);
    expectSimple(await rotate(OTHER_TENANT_CLIENT_IDS[0]), 404);
    expect((await getClient('acme-ios')).body.data).not.toHaveProperty('secret_last_four');
  });
});

describe('GET .../secrets and PUT .../secrets/{secret_id}/deactivate', () => {
  it('lists a client’s secrets newest first: the current one active, with only their last four', async () => {
    const client = (await getClient('acme-web-portal')).body.data;
    const { status, body } = await secrets('acme-web-portal');
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ last_four: client.secret_last_four, status: 'active' });
    expect(body.items.slice(1).every((s) => s.status === 'inactive' && RFC3339_UTC.test(s.deactivated_at ?? ''))).toBe(
      true,
    );
    for (const secret of body.items) {
      expect(Object.keys(secret).sort()).toEqual(
        ['created_at', 'id', 'last_four', 'status', 'last_used_at', ...(secret.deactivated_at ? ['deactivated_at'] : [])].sort(),
      );
    }
  });

  it('deactivates an older active secret, but not the current one', async () => {
    const [current, older] = (await secrets(OVERLAP_SECRET_CLIENT_ID)).body.items;
    expect(current?.status).toBe('active');
    expect(older?.status).toBe('active');
    const done = await deactivate(OVERLAP_SECRET_CLIENT_ID, older?.id ?? '');
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({ id: older?.id, status: 'inactive' });
    expect((await secrets(OVERLAP_SECRET_CLIENT_ID)).body.items[1]?.status).toBe('inactive');
    expectSimple(await deactivate(OVERLAP_SECRET_CLIENT_ID, current?.id ?? ''), 409);
    expectSimple(await deactivate(OVERLAP_SECRET_CLIENT_ID, 'sec_unknown'), 404);
    expectSimple(await secrets(OTHER_TENANT_CLIENT_IDS[0]), 404);
  });
});

describe('POST .../clients/{client_id}/clone', () => {
  it('copies the client under a new client_id, named as a copy, with its own secret', async () => {
    const source = (await getClient('acme-web-portal')).body.data;
    const result = await clone('acme-web-portal');
    expect(result.status).toBe(201);
    const copy = result.body.data;
    expect(copy).toMatchObject({
      client_id: 'acme-web-portal-copy',
      name: 'Acme Web Portal (copy)',
      grant_types: source.grant_types,
      redirect_uris: source.redirect_uris,
      scopes: source.scopes,
    });
    expect(copy.client_secret).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(copy.secret_last_four).not.toBe(source.secret_last_four);
    expect((await clone('acme-web-portal')).body.data.client_id).toBe('acme-web-portal-copy-2');
    expect((await getClient('acme-web-portal-copy')).status).toBe(200);
  });

  it('takes the name given, copies a public client without a secret, and refuses a bad name or client', async () => {
    const copy = (await clone('acme-ios', { name: 'Acme iOS（副本）' })).body.data;
    expect(copy).toMatchObject({ client_id: 'acme-ios-copy', name: 'Acme iOS（副本）', is_confidential: false });
    expect(copy).not.toHaveProperty('client_secret');
    expect(expectFieldProblem(await clone('acme-ios', { name: '  ' })).errors?.[0]?.field).toBe('name');
    expectSimple(await clone('no-such-client'), 404);
  });
});

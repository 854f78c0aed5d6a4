import { mockClock } from '@/mocks/clock';
import { touchClientElsewhere } from '@/mocks/controls';
import { resetMockDb } from '@/mocks/db';
import { FIELD_PROBLEM_CLIENT_ID } from './clientRules';
import { call, expectSimple, OAUTH, RFC3339_UTC, type DetailBody, type ProblemBody } from './testing';

interface Client {
  client_id: string;
  name: string;
  scopes: string[];
  redirect_uris: string[];
  updated_at: string;
}

const CLIENTS = `${OAUTH}/admin/oauth/clients`;
const getClient = async (clientId: string) => (await call<DetailBody<Client>>(`${CLIENTS}/${clientId}`)).body.data;
const put = (clientId: string, body: unknown) => call<DetailBody<Client>>(`${CLIENTS}/${clientId}`, { method: 'PUT', body });

describe('PUT a client: the strict server’s rules (SimpleResponse 400, nothing changed)', () => {
  it.each([
    ['acme-web-portal', 'plain http to a public host', { redirect_uris: ['http://portal.acme.example/cb'] }],
    ['acme-web-portal', 'a duplicate redirect URI', { redirect_uris: ['https://a.example/cb', 'https://a.example/cb'] }],
    ['acme-web-portal', 'a scheme without a domain', { redirect_uris: ['myapp:/cb'] }],
    ['acme-web-portal', 'no redirect URI with authorization_code', { redirect_uris: [] }],
    ['acme-web-portal', 'a scope with a space', { scopes: ['openid profile'] }],
    ['acme-web-portal', 'a duplicate scope', { scopes: ['openid', 'openid'] }],
    ['acme-web-portal', 'refresh_token alone', { grant_types: ['refresh_token'] }],
    ['acme-ios', 'client_credentials on a public client', { grant_types: ['client_credentials'], redirect_uris: [] }],
    ['acme-ios', 'a public client with a secret method', { client_auth_methods: ['client_secret_basic'] }],
    ['acme-web-portal', 'a confidential client with none', { client_auth_methods: ['none'] }],
    ['acme-web-portal', 'private_key_jwt without keys', { client_auth_methods: ['private_key_jwt'] }],
    ['dw-sync', 'jwks and jwks_uri both', { jwks: '{"keys":[{"kty":"EC","x":"a","y":"b"}]}' }],
    ['acme-web-portal', 'a private key in jwks', { jwks: '{"keys":[{"kty":"EC","x":"a","y":"b","d":"secret"}]}' }],
    ['dw-sync', 'jwks_uri over http', { jwks_uri: 'http://dw.acme.example/jwks.json' }],
    ['acme-web-portal', 'a javascript: website', { website: 'javascript:alert(1)' }],
    ['acme-web-portal', 'FAPI with a client secret', { fapi_profile: 'fapi1' }],
  ])('%s: refuses %s', async (clientId, _label, body) => {
    const before = await getClient(clientId);
    expectSimple(await put(clientId, body), 400);
    expect(await getClient(clientId)).toEqual(before);
  });

  it('accepts loopback and private-use redirect URIs and clears a link with an empty string', async () => {
    const result = await put('acme-web-portal', {
      redirect_uris: ['http://localhost:3000/cb', 'http://127.0.0.1:8080/cb', 'http://[::1]/cb', 'com.acme.portal:/cb'],
      website: '',
    });
    expect(result.status).toBe(200);
    expect(result.body.data.redirect_uris).toHaveLength(4);
    expect(result.body.data).not.toHaveProperty('website');
  });
});

describe(`PUT ${FIELD_PROBLEM_CLIENT_ID}: refusals as a Problem with field violations`, () => {
  it('refuses a redirect host outside the tenant policy, on the entry that has it', async () => {
    const result = await put(FIELD_PROBLEM_CLIENT_ID, {
      redirect_uris: ['https://hr.acme.example/cb', 'https://evil.example/cb'],
    });
    expect(result.status).toBe(400);
    expect(result.headers.get('content-type')).toContain('application/problem+json');
    const body = result.body as unknown as ProblemBody;
    expect(body).toMatchObject({ status: 400, service: 'oauth', i18n_key: 'error.invalid_parameter' });
    expect(body.request_id).toBe(result.headers.get('x-request-id'));
    expect(body.errors).toEqual([
      expect.objectContaining({ field: 'redirect_uris[1]', code: 'format', value: 'https://evil.example/cb' }),
    ]);
  });

  it('answers its other refusals as a Problem too, and saves what is allowed', async () => {
    const refused = await put(FIELD_PROBLEM_CLIENT_ID, { name: ' ', scopes: ['a b'] });
    expect((refused.body as unknown as ProblemBody).errors?.map((e) => e.field)).toEqual(['name']);
    const saved = await put(FIELD_PROBLEM_CLIENT_ID, { redirect_uris: ['https://hr.acme.example/new-cb'] });
    expect(saved.status).toBe(200);
  });
});

describe('touchClientElsewhere', () => {
  it('bumps updated_at (even on a frozen clock) and applies the changes', async () => {
    resetMockDb({ now: '2026-04-15T10:30:00Z' });
    const saved = await put('acme-web-portal', { name: 'Mine' });
    const first = saved.body.data.updated_at;
    expect(first).toBe('2026-04-15T10:30:00Z');
    touchClientElsewhere('acme-web-portal', { name: 'Theirs' });
    const after = await getClient('acme-web-portal');
    expect(after.name).toBe('Theirs');
    expect(after.updated_at).toMatch(RFC3339_UTC);
    expect(after.updated_at > first).toBe(true);
    expect(mockClock.now()).toBe(Date.parse('2026-04-15T10:30:00Z'));
  });

  it('does nothing for an unknown client', () => {
    expect(touchClientElsewhere('no-such-client')).toBeUndefined();
  });
});

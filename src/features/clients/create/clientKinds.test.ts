import { clientIdFormSchema, createClientFormSchema } from '@/features/clients/form/clientFormSchema';
import { CLIENT_KINDS, kindDefaults } from './clientKinds';
import { toCreateRequest } from './createRequest';

const DEVICE_CODE = 'urn:ietf:params:oauth:grant-type:device_code';
const schema = createClientFormSchema();
const messages = (values: unknown) =>
  schema.safeParse(values).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the kinds of client and their defaults', () => {
  it('web app with a server: confidential, authorization_code + refresh_token, client_secret_basic', () => {
    expect(kindDefaults('web')).toMatchObject({
      status: 'active',
      is_confidential: true,
      grant_types: ['authorization_code', 'refresh_token'],
      client_auth_methods: ['client_secret_basic'],
      scopes: ['openid', 'profile', 'email'],
      redirect_uris: [''],
    });
  });

  it('single-page or mobile app: public, authorization_code + refresh_token, auth method none', () => {
    expect(kindDefaults('spa')).toMatchObject({
      is_confidential: false,
      grant_types: ['authorization_code', 'refresh_token'],
      client_auth_methods: ['none'],
      redirect_uris: [''],
    });
  });

  it('machine to machine: confidential, client_credentials, no redirect URIs', () => {
    expect(kindDefaults('machine')).toMatchObject({
      is_confidential: true,
      grant_types: ['client_credentials'],
      client_auth_methods: ['client_secret_basic'],
      redirect_uris: [],
    });
  });

  it('TV or command line: public, device code + refresh_token, no redirect URIs', () => {
    expect(kindDefaults('device')).toMatchObject({
      is_confidential: false,
      grant_types: [DEVICE_CODE, 'refresh_token'],
      client_auth_methods: ['none'],
      redirect_uris: [],
    });
  });

  it('gives fresh lists each time (the form edits them)', () => {
    const a = kindDefaults('web');
    a.grant_types.push('client_credentials');
    a.redirect_uris[0] = 'https://changed.example/cb';
    expect(kindDefaults('web').grant_types).toEqual(['authorization_code', 'refresh_token']);
    expect(kindDefaults('web').redirect_uris).toEqual(['']);
  });

  it.each(CLIENT_KINDS)('%s: valid under the edit rules once named (and given a redirect URI where needed)', (kind) => {
    const values = { ...kindDefaults(kind), name: 'New app' };
    if (values.redirect_uris.length > 0) {
      expect(messages(values)).toEqual(['redirect_uris.0: clients.form.errors.itemEmpty', 'redirect_uris: clients.form.errors.redirectUriRequired']);
      values.redirect_uris = ['https://app.example.com/cb'];
    }
    expect(messages(values)).toEqual([]);
  });

  it('lets a single-page or mobile app use loopback and private-use redirect URIs', () => {
    const values = { ...kindDefaults('spa'), name: 'App', redirect_uris: ['http://127.0.0.1:8765/cb', 'http://[::1]/cb', 'com.example.app:/cb'] };
    expect(messages(values)).toEqual([]);
  });
});

describe('the create schema: the edit rules and messages, plus the client_id', () => {
  it('refuses what editing refuses, with the same messages', () => {
    const values = {
      ...kindDefaults('spa'),
      name: ' ',
      grant_types: ['client_credentials', 'refresh_token'],
      redirect_uris: ['http://app.example.com/cb#x'],
    };
    expect(messages(values)).toEqual(
      expect.arrayContaining([
        'name: clients.form.errors.nameRequired',
        'redirect_uris.0: clients.form.errors.redirectUriFragment',
        'grant_types: clients.form.errors.refreshNeedsIssuer',
        'grant_types: clients.form.errors.clientCredentialsConfidential',
      ]),
    );
  });

  it.each([
    ['', true],
    ['billing-portal', true],
    ['App.v2_beta', true],
    ['ab', false],
    ['-leading-dash', false],
    ['has space', false],
    ['x'.repeat(65), false],
    ['ünïcode', false],
  ])('client_id %j valid: %s', (clientId, valid) => {
    const result = clientIdFormSchema.safeParse({ client_id: clientId });
    expect(result.success).toBe(valid);
    if (!valid) expect(result.error?.issues[0]).toMatchObject({ path: ['client_id'], message: 'clients.form.errors.clientIdFormat' });
  });
});

describe('toCreateRequest', () => {
  it('sends every field that has a value, normalised as an edit sends it, and the type always', () => {
    const values = {
      ...kindDefaults('web'),
      name: '  Billing portal ',
      scopes: ['openid', ' ', 'profile '],
      redirect_uris: [' https://billing.example.com/cb', ''],
      website: 'https://billing.example.com',
    };
    expect(toCreateRequest(values, ' billing-portal ')).toEqual({
      client_id: 'billing-portal',
      name: 'Billing portal',
      status: 'active',
      is_confidential: true,
      client_auth_methods: ['client_secret_basic'],
      grant_types: ['authorization_code', 'refresh_token'],
      scopes: ['openid', 'profile'],
      redirect_uris: ['https://billing.example.com/cb'],
      website: 'https://billing.example.com',
    });
  });

  it('leaves out an empty client_id (the server chooses) and says a public client is public', () => {
    const request = toCreateRequest({ ...kindDefaults('device'), name: 'TV' }, '  ');
    expect(request).not.toHaveProperty('client_id');
    expect(request).not.toHaveProperty('redirect_uris');
    expect(request).toMatchObject({ is_confidential: false, client_auth_methods: ['none'] });
  });
});

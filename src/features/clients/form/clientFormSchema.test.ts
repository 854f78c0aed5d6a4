import * as z from 'zod/mini';
import { clientFormFields, createClientFormSchema, withClientRules, type ClientFormValues } from './clientFormSchema';
import { openidSuggested } from './rules';

const valid: ClientFormValues = {
  name: 'Acme Web Portal',
  status: 'active',
  is_confidential: true,
  client_auth_methods: ['client_secret_basic'],
  grant_types: ['authorization_code', 'refresh_token'],
  scopes: ['openid', 'profile'],
  redirect_uris: ['https://portal.acme.example/cb'],
  jwks: '',
  jwks_uri: '',
  fapi_profile: '',
  logo_url: '',
  website: '',
  terms_url: '',
  privacy_policy: '',
};

const publicKeySet = JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }] });

/** The messages of the schema's issues, keyed by path (`redirect_uris.1`). */
function issues(patch: Partial<ClientFormValues>, options = {}): Record<string, string[]> {
  const result = createClientFormSchema(options).safeParse({ ...valid, ...patch });
  const byPath: Record<string, string[]> = {};
  if (result.success) return byPath;
  for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    (byPath[key] ??= []).push(issue.message);
  }
  return byPath;
}

const ok = (patch: Partial<ClientFormValues>, options = {}) => expect(issues(patch, options)).toEqual({});

describe('client form schema', () => {
  it('accepts a valid client', () => ok({}));

  describe('name', () => {
    it('is required (after trimming)', () => {
      expect(issues({ name: '' })).toEqual({ name: ['clients.form.errors.nameRequired'] });
      expect(issues({ name: '   ' })).toEqual({ name: ['clients.form.errors.nameRequired'] });
    });
    it('is at most 100 characters, counted trimmed', () => {
      ok({ name: 'x'.repeat(100) });
      ok({ name: `  ${'x'.repeat(100)}  ` });
      expect(issues({ name: 'x'.repeat(101) })).toEqual({ name: ['clients.form.errors.nameTooLong'] });
    });
  });

  it('requires a status', () => {
    ok({ status: 'suspended' });
    expect(issues({ status: '' })).toEqual({ status: ['clients.form.errors.statusRequired'] });
  });

  describe('URL fields', () => {
    it.each(['logo_url', 'website', 'terms_url', 'privacy_policy'] as const)('%s: empty or absolute http(s)', (field) => {
      ok({ [field]: '' });
      ok({ [field]: 'https://www.acme.example/x' });
      ok({ [field]: 'http://www.acme.example/x' });
      expect(issues({ [field]: '/relative/path' })).toEqual({ [field]: ['clients.form.errors.urlAbsolute'] });
      expect(issues({ [field]: 'https://a b.example' })).toEqual({ [field]: ['clients.form.errors.urlAbsolute'] });
      expect(issues({ [field]: 'javascript:alert(1)' })).toEqual({ [field]: ['clients.form.errors.urlHttp'] });
      expect(issues({ [field]: 'ftp://files.acme.example' })).toEqual({ [field]: ['clients.form.errors.urlHttp'] });
    });

    it('jwks_uri must be https', () => {
      ok({ jwks_uri: 'https://keys.acme.example/jwks.json' });
      expect(issues({ jwks_uri: 'http://keys.acme.example/jwks.json' })).toEqual({ jwks_uri: ['clients.form.errors.urlHttps'] });
      expect(issues({ jwks_uri: 'keys.acme.example' })).toEqual({ jwks_uri: ['clients.form.errors.urlAbsolute'] });
    });
  });

  describe('redirect URIs', () => {
    it.each([
      'https://app.acme.example/cb',
      'https://app.acme.example:8443/cb?x=1',
      'http://localhost/cb',
      'http://localhost:3000/cb',
      'http://127.0.0.1:51004/cb',
      'http://[::1]:8080/cb',
      'com.example.app:/cb',
      'com.example.app://oauth2redirect',
    ])('accepts %s', (uri) => ok({ redirect_uris: [uri] }));

    it.each([
      ['/callback', 'clients.form.errors.redirectUriAbsolute'],
      ['app.acme.example/cb', 'clients.form.errors.redirectUriAbsolute'],
      ['example.com:8080/cb', 'clients.form.errors.redirectUriScheme'],
      ['https://app.acme.example/cb#frag', 'clients.form.errors.redirectUriFragment'],
      ['https://app.acme.example/cb#', 'clients.form.errors.redirectUriFragment'],
      ['http://app.acme.example/cb', 'clients.form.errors.redirectUriHttps'],
      ['http://192.168.1.10/cb', 'clients.form.errors.redirectUriHttps'],
      ['http://localhost.evil.example/cb', 'clients.form.errors.redirectUriHttps'],
      ['myapp:/cb', 'clients.form.errors.redirectUriScheme'],
      ['javascript:alert(1)', 'clients.form.errors.redirectUriScheme'],
      ['data:text/html,hi', 'clients.form.errors.redirectUriScheme'],
      ['https://app.acme.example/a b', 'clients.form.errors.redirectUriSpaces'],
      ['http://evil.example.com/cb#frag', 'clients.form.errors.redirectUriFragment', 'clients.form.errors.redirectUriHttps'],
      ['myapp:/cb#x', 'clients.form.errors.redirectUriFragment', 'clients.form.errors.redirectUriScheme'],
      ['  ', 'clients.form.errors.itemEmpty'],
    ])('refuses %s, with every rule it breaks', (uri, ...messages) => {
      expect(issues({ redirect_uris: ['https://ok.acme.example/cb', uri] })).toEqual({ 'redirect_uris.1': messages });
    });

    it('refuses a duplicate, on the repeated entry', () => {
      expect(
        issues({ redirect_uris: ['https://a.example/cb', 'https://b.example/cb', ' https://a.example/cb '] }),
      ).toEqual({ 'redirect_uris.2': ['clients.form.errors.duplicate'] });
    });

    it('needs at least one when authorization_code is granted', () => {
      expect(issues({ redirect_uris: [] })).toEqual({ redirect_uris: ['clients.form.errors.redirectUriRequired'] });
      expect(issues({ redirect_uris: [''] })).toEqual({
        redirect_uris: ['clients.form.errors.redirectUriRequired'],
        'redirect_uris.0': ['clients.form.errors.itemEmpty'],
      });
      ok({ redirect_uris: [], grant_types: ['client_credentials'] });
    });
  });

  describe('scopes', () => {
    it('accepts scope tokens', () => ok({ scopes: ['openid', 'orders:read', 'https://api.acme.example/orders'] }));
    it('refuses spaces inside a scope', () => {
      expect(issues({ scopes: ['openid', 'orders read'] })).toEqual({ 'scopes.1': ['clients.form.errors.scopeSpaces'] });
      expect(issues({ scopes: ['openid', 'a\tb'] })).toEqual({ 'scopes.1': ['clients.form.errors.scopeSpaces'] });
    });
    it('refuses an empty entry and duplicates', () => {
      expect(issues({ scopes: ['openid', ''] })).toEqual({ 'scopes.1': ['clients.form.errors.itemEmpty'] });
      expect(issues({ scopes: ['openid', 'email', 'openid'] })).toEqual({ 'scopes.2': ['clients.form.errors.duplicate'] });
    });
    it('suggests openid (without blocking) when a flow that returns ID tokens is on', () => {
      ok({ scopes: ['profile'] });
      expect(openidSuggested(['authorization_code'], ['profile'])).toBe(true);
      expect(openidSuggested(['urn:ietf:params:oauth:grant-type:device_code'], [])).toBe(true);
      expect(openidSuggested(['authorization_code'], ['openid'])).toBe(false);
      expect(openidSuggested(['client_credentials'], ['billing.read'])).toBe(false);
    });
  });

  describe('grant types', () => {
    it('allows refresh_token only with a grant that issues it', () => {
      ok({ grant_types: ['authorization_code', 'refresh_token'] });
      ok({ grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'], redirect_uris: [] });
      expect(issues({ grant_types: ['refresh_token'], redirect_uris: [] })).toEqual({
        grant_types: ['clients.form.errors.refreshNeedsIssuer'],
      });
      expect(issues({ grant_types: ['client_credentials', 'refresh_token'], redirect_uris: [] })).toEqual({
        grant_types: ['clients.form.errors.refreshNeedsIssuer'],
      });
    });

    it('allows client_credentials only for confidential clients', () => {
      ok({ grant_types: ['client_credentials'], redirect_uris: [] });
      expect(
        issues({ grant_types: ['client_credentials'], redirect_uris: [], is_confidential: false, client_auth_methods: ['none'] }),
      ).toEqual({ grant_types: ['clients.form.errors.clientCredentialsConfidential'] });
    });

    it('keeps unknown grant types the server returned', () => {
      ok({ grant_types: ['authorization_code', 'urn:example:grant-type:custom'] });
    });
  });

  describe('client auth methods', () => {
    it('a public client has only none', () => {
      ok({ is_confidential: false, client_auth_methods: ['none'] });
      expect(issues({ is_confidential: false, client_auth_methods: ['client_secret_basic'] })).toEqual({
        client_auth_methods: ['clients.form.errors.publicOnlyNone'],
      });
      expect(issues({ is_confidential: false, client_auth_methods: ['none', 'client_secret_post'] })).toEqual({
        client_auth_methods: ['clients.form.errors.publicOnlyNone'],
      });
      expect(issues({ is_confidential: false, client_auth_methods: [] })).toEqual({
        client_auth_methods: ['clients.form.errors.publicOnlyNone'],
      });
    });

    it('a confidential client has at least one method and no none', () => {
      ok({ client_auth_methods: ['client_secret_basic', 'client_secret_post'] });
      expect(issues({ client_auth_methods: ['client_secret_basic', 'none'] })).toEqual({
        client_auth_methods: ['clients.form.errors.confidentialNoNone'],
      });
      expect(issues({ client_auth_methods: [] })).toEqual({ client_auth_methods: ['clients.form.errors.authMethodRequired'] });
    });

    it('private_key_jwt needs jwks or jwks_uri', () => {
      expect(issues({ client_auth_methods: ['private_key_jwt'] })).toEqual({
        jwks_uri: ['clients.form.errors.privateKeyJwtNeedsKeys'],
      });
      ok({ client_auth_methods: ['private_key_jwt'], jwks_uri: 'https://keys.acme.example/jwks.json' });
      ok({ client_auth_methods: ['private_key_jwt'], jwks: publicKeySet });
      ok({ client_auth_methods: ['private_key_jwt'] }, { jwksMayBeStored: true });
    });

    it('jwks and jwks_uri are never both set', () => {
      expect(issues({ jwks: publicKeySet, jwks_uri: 'https://keys.acme.example/jwks.json' })).toEqual({
        jwks: ['clients.form.errors.jwksOrUri'],
        jwks_uri: ['clients.form.errors.jwksOrUri'],
      });
    });
  });

  describe('jwks', () => {
    it('accepts a public JWK Set', () => {
      ok({ jwks: publicKeySet });
      ok({ jwks: JSON.stringify({ keys: [{ kty: 'RSA', n: 'abc', e: 'AQAB', kid: '1' }, { kty: 'OKP', crv: 'Ed25519', x: 'xyz' }] }) });
    });
    it('must be valid JSON', () => {
      expect(issues({ jwks: '{"keys": [' })).toEqual({ jwks: ['clients.form.errors.jwksJson'] });
    });
    it('needs a non-empty keys array of objects with kty', () => {
      expect(issues({ jwks: '{}' })).toEqual({ jwks: ['clients.form.errors.jwksKeys'] });
      expect(issues({ jwks: '{"keys": []}' })).toEqual({ jwks: ['clients.form.errors.jwksKeys'] });
      expect(issues({ jwks: '[{"kty":"EC"}]' })).toEqual({ jwks: ['clients.form.errors.jwksKeys'] });
      expect(issues({ jwks: '{"keys": [{"kid": "1"}]}' })).toEqual({ jwks: ['clients.form.errors.jwksKty'] });
      expect(issues({ jwks: '{"keys": ["EC"]}' })).toEqual({ jwks: ['clients.form.errors.jwksKty'] });
    });
    it.each(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'])('refuses a private key member %s', (member) => {
      const jwks = JSON.stringify({ keys: [{ kty: 'RSA', n: 'abc', e: 'AQAB', [member]: 'secret' }] });
      expect(issues({ jwks })).toEqual({ jwks: ['clients.form.errors.jwksPrivate'] });
    });
    it('refuses a single private JWK and a PEM private key', () => {
      expect(issues({ jwks: JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'a', y: 'b', d: 'secret' }) })).toEqual({
        jwks: ['clients.form.errors.jwksPrivate'],
      });
      expect(issues({ jwks: '-----BEGIN PRIVATE KEY-----\nMIIEv...\n-----END PRIVATE KEY-----' })).toEqual({
        jwks: ['clients.form.errors.jwksPrivate'],
      });
    });
  });

  describe('FAPI', () => {
    const fapiReady = { client_auth_methods: ['private_key_jwt'], jwks_uri: 'https://keys.acme.example/jwks.json' };
    it.each(['fapi1', 'fapi2'])('%s requires a confidential client with private_key_jwt or tls_client_auth', (profile) => {
      ok({ ...fapiReady, fapi_profile: profile });
      ok({ fapi_profile: profile, client_auth_methods: ['tls_client_auth'] });
      expect(issues({ fapi_profile: profile })).toEqual({ fapi_profile: ['clients.form.errors.fapiRequirements'] });
      expect(issues({ ...fapiReady, client_auth_methods: ['private_key_jwt', 'client_secret_basic'], fapi_profile: profile })).toEqual({
        fapi_profile: ['clients.form.errors.fapiRequirements'],
      });
      expect(
        issues({ fapi_profile: profile, is_confidential: false, client_auth_methods: ['none'] }),
      ).toEqual({ fapi_profile: ['clients.form.errors.fapiRequirements'] });
    });
    it('no profile has no requirement', () => ok({ fapi_profile: '' }));
  });

  it('extends to a create form with more fields and the same rules', () => {
    const createSchema = withClientRules(z.object({ ...clientFormFields, client_id: z.string().check(z.minLength(1, 'required')) }));
    expect(createSchema.safeParse({ ...valid, client_id: 'app-1' }).success).toBe(true);
    const result = createSchema.safeParse({ ...valid, client_id: '', name: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['client_id', 'name']);
  });
});

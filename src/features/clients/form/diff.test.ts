import type { OAuthClient } from '@/api/schemas/clients';
import { changedFields, serverChanges } from './diff';
import { toClientFormValues } from './formValues';

const client: OAuthClient = {
  client_id: 'acme-web-portal',
  name: 'Acme Web Portal',
  status: 'active',
  is_confidential: true,
  client_auth_methods: ['client_secret_basic'],
  grant_types: ['authorization_code', 'refresh_token'],
  scopes: ['openid', 'profile'],
  redirect_uris: ['https://portal.acme.example/cb', 'https://portal.acme.example/renew'],
  website: 'https://portal.acme.example',
  updated_at: '2026-04-15T10:30:00Z',
};
const baseline = toClientFormValues(client);

describe('changedFields', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedFields(baseline, { ...baseline })).toEqual({});
  });

  it('sends only the changed fields, text trimmed', () => {
    expect(changedFields(baseline, { ...baseline, name: '  Acme Portal ', status: 'suspended' })).toEqual({
      name: 'Acme Portal',
      status: 'suspended',
    });
  });

  it('ignores whitespace-only edits', () => {
    expect(changedFields(baseline, { ...baseline, name: 'Acme Web Portal  ', website: ' https://portal.acme.example' })).toEqual({});
  });

  it('sends a whole list when an entry is added, removed, edited or reordered', () => {
    const [a = '', b = ''] = baseline.redirect_uris;
    expect(changedFields(baseline, { ...baseline, redirect_uris: [a, b, 'http://localhost:3000/cb'] })).toEqual({
      redirect_uris: [a, b, 'http://localhost:3000/cb'],
    });
    expect(changedFields(baseline, { ...baseline, redirect_uris: [b, a] })).toEqual({ redirect_uris: [b, a] });
    expect(changedFields(baseline, { ...baseline, scopes: ['openid'] })).toEqual({ scopes: ['openid'] });
    expect(changedFields(baseline, { ...baseline, scopes: [' openid', 'profile ', ''] })).toEqual({});
  });

  it('sends booleans and method lists', () => {
    expect(
      changedFields(baseline, { ...baseline, is_confidential: false, client_auth_methods: ['none'] }),
    ).toEqual({ is_confidential: false, client_auth_methods: ['none'] });
  });

  it('clears an optional text field with an empty string', () => {
    expect(changedFields(baseline, { ...baseline, website: '  ' })).toEqual({ website: '' });
    expect(changedFields(baseline, { ...baseline, fapi_profile: 'fapi2' })).toEqual({ fapi_profile: 'fapi2' });
  });

  it('sends a pasted JWK Set but never an empty one (the stored set is kept)', () => {
    expect(changedFields(baseline, { ...baseline, jwks: ' {"keys":[]} ' })).toEqual({ jwks: '{"keys":[]}' });
    expect(changedFields(baseline, { ...baseline, jwks: '   ' })).toEqual({});
  });
});

describe('serverChanges', () => {
  it('lists what another admin changed and marks the fields the admin changed too', () => {
    const current: OAuthClient = { ...client, name: 'Renamed elsewhere', scopes: ['openid'], updated_at: '2026-04-15T11:00:00Z' };
    const mine = { ...baseline, name: 'My name', website: 'https://new.acme.example' };
    expect(serverChanges(client, current, baseline, mine)).toEqual([
      { field: 'name', before: 'Acme Web Portal', theirs: 'Renamed elsewhere', alsoMine: true },
      { field: 'scopes', before: ['openid', 'profile'], theirs: ['openid'], alsoMine: false },
    ]);
  });

  it('is empty when only updated_at moved', () => {
    expect(serverChanges(client, { ...client, updated_at: '2026-04-16T00:00:00Z' }, baseline, baseline)).toEqual([]);
  });
});

describe('toClientFormValues', () => {
  it('turns missing values into empty ones, never crashing', () => {
    expect(toClientFormValues({})).toEqual({
      name: '',
      status: '',
      is_confidential: false,
      client_auth_methods: [],
      grant_types: [],
      scopes: [],
      redirect_uris: [],
      jwks: '',
      jwks_uri: '',
      fapi_profile: '',
      logo_url: '',
      website: '',
      terms_url: '',
      privacy_policy: '',
    });
  });
});

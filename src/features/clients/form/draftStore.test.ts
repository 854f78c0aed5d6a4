import { kindDefaults } from '@/features/clients/create/clientKinds';
import { clearAllDrafts, clearDraft, clearNewClientDraft, readDraft, readNewClientDraft, saveNewClientDraft } from './draftStore';

const SERVER = 'https://authms.example.com';
const PUBLIC_JWKS = JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'abc', y: 'def', kid: 'k1' }] });
const PRIVATE_JWKS = JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'abc', y: 'def', d: 'secret-part', kid: 'k1' }] });

afterEach(() => clearAllDrafts());

const draft = (jwks = '') => ({
  baseUrl: SERVER,
  kind: 'web',
  clientId: 'billing-portal',
  values: { ...kindDefaults('web'), name: 'Billing portal', jwks },
});

describe('the draft of a new client', () => {
  it('is offered back for its kind on the same server only', () => {
    saveNewClientDraft(draft(PUBLIC_JWKS));
    expect(readNewClientDraft('web', SERVER)).toEqual(draft(PUBLIC_JWKS));
    expect(readNewClientDraft('web', 'https://other.example.com')).toBeUndefined();
    expect(readNewClientDraft('spa', SERVER)).toBeUndefined();
  });

  it('never keeps a pasted private JWKS', () => {
    saveNewClientDraft(draft(PRIVATE_JWKS));
    expect(readNewClientDraft('web', SERVER)?.values.jwks).toBe('');
    expect(JSON.stringify(readNewClientDraft('web', SERVER))).not.toContain('secret-part');
  });

  it('keeps only the server, kind, client_id and values, as they were when saved', () => {
    const given = { ...draft(), token: 'demo-admin-token', secret: 's3cret' };
    saveNewClientDraft(given);
    given.values.redirect_uris[0] = 'https://changed.example.com/cb';
    const kept = readNewClientDraft('web', SERVER);
    expect(Object.keys(kept ?? {}).sort()).toEqual(['baseUrl', 'clientId', 'kind', 'values']);
    expect(kept?.values.redirect_uris).toEqual(['']);
    expect(JSON.stringify(kept)).not.toMatch(/demo-admin-token|s3cret/);
  });

  it('is cleared by its kind, apart from the edit drafts', () => {
    saveNewClientDraft(draft());
    saveNewClientDraft({ ...draft(), kind: 'spa' });
    clearNewClientDraft('web');
    clearDraft('web');
    expect(readNewClientDraft('web', SERVER)).toBeUndefined();
    expect(readNewClientDraft('spa', SERVER)).toBeDefined();
    expect(readDraft('spa', SERVER)).toBeUndefined();
  });
});

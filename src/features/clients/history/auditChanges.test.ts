import { describeChange, isSecretField } from './auditChanges';

describe('describeChange', () => {
  it('shows a list as the entries added and removed', () => {
    expect(describeChange({ field: 'redirect_uris', old: ['https://a.example/cb', 'https://old.example/cb'], new: ['https://a.example/cb', 'https://new.example/cb'] })).toEqual({
      kind: 'list',
      field: 'redirect_uris',
      added: ['https://new.example/cb'],
      removed: ['https://old.example/cb'],
    });
  });

  it('reads a list set for the first time, and one that came as JSON text', () => {
    expect(describeChange({ field: 'scopes', old: null, new: ['openid', 'email'] })).toMatchObject({ kind: 'list', added: ['openid', 'email'], removed: [] });
    expect(describeChange({ field: 'client_auth_methods', old: '["none"]', new: ['client_secret_basic'] })).toMatchObject({
      kind: 'list',
      added: ['client_secret_basic'],
      removed: ['none'],
    });
  });

  it('shows a secret only by its last four, even when more came', () => {
    expect(describeChange({ field: 'secret_last_four', old: 'bcde', new: 'k3f9' })).toEqual({ kind: 'value', field: 'secret_last_four', old: '••••bcde', new: '••••k3f9' });
    expect(describeChange({ field: 'client_secret', old: null, new: 'a-whole-secret-value-XYZ9' })).toMatchObject({ old: null, new: '••••XYZ9' });
    expect(describeChange({ field: 'active_secrets', old: ['aaaa', 'bbbb'], new: ['bbbb'] })).toMatchObject({ kind: 'list', added: [], removed: ['••••aaaa'] });
    expect(isSecretField('name')).toBe(false);
  });

  it('shows any other value as old → new, whatever its field', () => {
    expect(describeChange({ field: 'name', old: 'A', new: 'B' })).toEqual({ kind: 'value', field: 'name', old: 'A', new: 'B' });
    expect(describeChange({ field: 'x_custom', old: 3, new: true })).toEqual({ kind: 'value', field: 'x_custom', old: 3, new: true });
    expect(describeChange({ old: null, new: null })).toEqual({ kind: 'value', field: '', old: null, new: null });
  });
});

import { mapFieldViolations, toFormPath } from './fieldErrors';

const values = { name: 'x', redirect_uris: ['https://a.example/cb', 'https://b.example/cb'], scopes: [] as string[] };

describe('server field errors', () => {
  it('maps field paths onto form paths', () => {
    expect(toFormPath('name', values)).toBe('name');
    expect(toFormPath('redirect_uris[1]', values)).toBe('redirect_uris.1');
    expect(toFormPath('redirect_uris', values)).toBe('redirect_uris');
    expect(toFormPath(' scopes ', values)).toBe('scopes');
  });

  it('does not place what the form has no input for', () => {
    expect(toFormPath('redirect_uris[2]', values)).toBeUndefined();
    expect(toFormPath('scopes[0]', values)).toBeUndefined();
    expect(toFormPath('cors_origins[0]', values)).toBeUndefined();
    expect(toFormPath('body', values)).toBeUndefined();
    expect(toFormPath('user.email', values)).toBeUndefined();
    expect(toFormPath('constructor', values)).toBeUndefined();
    expect(toFormPath(undefined, values)).toBeUndefined();
  });

  it('splits violations into placed (with the server description) and unplaced', () => {
    const result = mapFieldViolations(
      [
        { field: 'redirect_uris[1]', code: 'format', description: 'host is not allowed' },
        { field: 'name', code: 'required' },
        { field: 'body', code: 'format', description: 'bad body' },
        { code: 'format', description: 'no field' },
      ],
      values,
    );
    expect(result.placed).toEqual([
      { path: 'redirect_uris.1', message: 'host is not allowed' },
      { path: 'name', message: 'required' },
    ]);
    expect(result.unplaced.map((v) => v.description)).toEqual(['bad body', 'no field']);
  });
});

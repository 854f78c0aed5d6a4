import { decodeBase64Url, decodeJwt, MAX_TOKEN_INPUT, tenantFromToken, tidyTokenInput } from './jwt';

const bytesToB64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const b64url = (text: string) => bytesToB64url(new TextEncoder().encode(text));
const jwt = (header: unknown, payload: unknown, signature = 'c2ln') =>
  `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${signature}`;

describe('tidyTokenInput', () => {
  it('trims, takes off a Bearer prefix in any case, and removes the line breaks of a wrapped paste', () => {
    expect(tidyTokenInput('  abc.def.ghi \n')).toEqual({ token: 'abc.def.ghi', bearerRemoved: false, whitespaceRemoved: true });
    expect(tidyTokenInput('bearer abc.def.ghi')).toEqual({ token: 'abc.def.ghi', bearerRemoved: true, whitespaceRemoved: false });
    expect(tidyTokenInput('Bearer\tabc.de\nf.ghi')).toEqual({ token: 'abc.def.ghi', bearerRemoved: true, whitespaceRemoved: true });
    expect(tidyTokenInput('abc')).toEqual({ token: 'abc', bearerRemoved: false, whitespaceRemoved: false });
  });
});

describe('decodeJwt', () => {
  it('reads the header and claims of a JWT, UTF-8 included', () => {
    const decoded = decodeJwt(jwt({ alg: 'RS256', typ: 'JWT' }, { sub: 'usr_1', name: '张伟', exp: 1_900_000_000 }));
    expect(decoded).toEqual({
      ok: true,
      header: { alg: 'RS256', typ: 'JWT' },
      payload: { sub: 'usr_1', name: '张伟', exp: 1_900_000_000 },
      signed: true,
    });
  });

  it('says an unsigned token (alg none, empty signature) is not signed', () => {
    const decoded = decodeJwt(jwt({ alg: 'none' }, { sub: 'x' }, ''));
    expect(decoded).toMatchObject({ ok: true, signed: false });
  });

  it('names the problem of input that is not a readable JWT, and never throws', () => {
    expect(decodeJwt('')).toEqual({ ok: false, problem: 'empty' });
    expect(decodeJwt('authms_rt_opaque')).toEqual({ ok: false, problem: 'not-jwt' });
    expect(decodeJwt('a.b')).toEqual({ ok: false, problem: 'not-jwt' });
    expect(decodeJwt('a.b.c.d.e')).toEqual({ ok: false, problem: 'encrypted' });
    expect(decodeJwt('%%%.***.sig')).toEqual({ ok: false, problem: 'bad-base64' });
    expect(decodeJwt(`${b64url('{"alg":')}.${b64url('{}')}.x`)).toEqual({ ok: false, problem: 'bad-json' });
    expect(decodeJwt(`${b64url('[1]')}.${b64url('{}')}.x`)).toEqual({ ok: false, problem: 'bad-json' });
    // bytes that are not UTF-8
    expect(decodeJwt(`${bytesToB64url(new Uint8Array([0xff, 0xfe]))}.${b64url('{}')}.x`)).toEqual({ ok: false, problem: 'bad-base64' });
    expect(decodeJwt('x'.repeat(MAX_TOKEN_INPUT + 1))).toEqual({ ok: false, problem: 'too-long' });
    expect(decodeJwt(`${'a'.repeat(5000)}.${'b'.repeat(5000)}.c`)).toMatchObject({ ok: false });
  });

  it('decodes base64url without padding', () => {
    expect(decodeBase64Url(b64url('ab'))).toBe('ab');
    expect(decodeBase64Url('a')).toBeUndefined();
  });
});

describe('tenantFromToken', () => {
  it('reads the tenant claim of a JWT, nothing of an opaque token', () => {
    expect(tenantFromToken(jwt({ alg: 'RS256' }, { tenant_name: 'Acme' }))).toBe('Acme');
    expect(tenantFromToken('opaque-token')).toBeUndefined();
  });
});

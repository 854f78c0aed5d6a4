import { introspectionResponseSchema } from '@/api/schemas/tokenIntrospection';
import { mockClock } from '@/mocks/clock';
import { DEFAULT_TOKEN_CONFIG, getMockDb, sampleTokenTexts, tokenJwt } from '@/mocks/db';
import { DEMO_VIEWER_TOKEN, OTHER_TENANT_ID } from '@/mocks/identities';
import { call, expectProblem, SESSION, type DetailBody } from './testing';

const INTROSPECT = `${SESSION}/admin/tokens/introspect`;
const CONFIG = `${SESSION}/admin/tokens/config`;
const introspect = (token: unknown) => call<DetailBody<Record<string, unknown>>>(INTROSPECT, { method: 'POST', body: { token } });

describe('POST /session/api/v1/admin/tokens/introspect', () => {
  it('answers the facts of an active token (RFC 7662), its id read from the JWT-looking text the mock makes', async () => {
    const samples = sampleTokenTexts(mockClock.now());
    const { status, body } = await introspect(samples.active);
    expect(status).toBe(200);
    expect(() => introspectionResponseSchema.parse(body)).not.toThrow();
    expect(body.data).toMatchObject({ active: true, token_type: 'access_token', jti: expect.stringMatching(/^tok_/) });
    expect(body.data.exp).toBeGreaterThan(mockClock.now() / 1000);
  });

  it('answers {active: false} and nothing more for a revoked, an expired, an unknown and a foreign token, and for text that is no token', async () => {
    const samples = sampleTokenTexts(mockClock.now());
    const foreign = getMockDb().tokens.find((t) => t.tenant_id === OTHER_TENANT_ID && t.user_id)!;
    for (const token of [samples.revoked, samples.expired, samples.unknown, tokenJwt(foreign), 'not a token', 'a.b.c']) {
      const { status, body } = await introspect(token);
      expect(status).toBe(200);
      expect(body.data).toEqual({ active: false });
    }
  });

  it('reads an opaque refresh token too', async () => {
    const { body } = await introspect(sampleTokenTexts(mockClock.now()).opaque);
    expect(body.data).toMatchObject({ active: true, token_type: 'refresh_token' });
  });

  it('refuses a missing token and a non-admin with Problem', async () => {
    expectProblem(await introspect(''), 400, 'error.invalid_parameter');
    expectProblem(await call(INTROSPECT, { method: 'POST', body: { token: 'x' }, token: DEMO_VIEWER_TOKEN }), 403, 'error.forbidden');
  });
});

describe('GET|PUT|DELETE /session/api/v1/admin/tokens/config', () => {
  it('answers the defaults, saves changed fields, and resets', async () => {
    expect((await call<DetailBody<unknown>>(CONFIG)).body.data).toEqual(DEFAULT_TOKEN_CONFIG);
    const saved = await call<DetailBody<Record<string, unknown>>>(CONFIG, { method: 'PUT', body: { access_token_ttl: 900, refresh_token_rotation: false } });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toEqual({ ...DEFAULT_TOKEN_CONFIG, access_token_ttl: 900, refresh_token_rotation: false });
    expect((await call<DetailBody<unknown>>(CONFIG)).body.data).toMatchObject({ access_token_ttl: 900 });
    const reset = await call<DetailBody<unknown>>(CONFIG, { method: 'DELETE' });
    expect(reset.body.data).toEqual(DEFAULT_TOKEN_CONFIG);
    expect((await call<DetailBody<unknown>>(CONFIG)).body.data).toEqual(DEFAULT_TOKEN_CONFIG);
  });

  it('refuses bad values with Problem 400 and a violation per field, and keeps the config', async () => {
    const put = (body: unknown) => call<{ errors?: { field: string; code: string }[] }>(CONFIG, { method: 'PUT', body });
    const fields = async (body: unknown) => {
      const result = await put(body);
      expectProblem(result, 400, 'error.invalid_parameter');
      return result.body.errors?.map((e) => e.field);
    };
    expect(await fields({ access_token_ttl: 1.5, max_sessions_per_user: -1 })).toEqual(['access_token_ttl', 'max_sessions_per_user']);
    expect(await fields({ access_token_ttl: 90_000 })).toEqual(['access_token_ttl']);
    expect(await fields({ refresh_token_ttl: 3600 })).toEqual(['refresh_token_ttl']);
    expect(await fields({ session_idle_timeout: 40 * 86_400 })).toEqual(['session_idle_timeout']);
    expect(await fields({ refresh_token_reuse_window: 14 * 86_400 })).toEqual(['refresh_token_reuse_window']);
    expect(await fields({ refresh_token_rotation: 'yes', nonsense: 1 })).toEqual(['refresh_token_rotation', 'nonsense']);
    expect((await call<DetailBody<unknown>>(CONFIG)).body.data).toEqual(DEFAULT_TOKEN_CONFIG);
  });
});

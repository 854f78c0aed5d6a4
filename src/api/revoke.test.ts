import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { setCredentials } from './credentials';
import { revokeClientTokens, revokeToken, revokeUserOAuthTokens, revokeUserSessionTokens } from './revoke';

interface Seen {
  method: string;
  url: string;
  body: unknown;
  authorization: string | null;
}

beforeEach(() => {
  setCredentials({ token: 't', baseUrl: 'http://authms.test', demo: false });
});

/** Answers every request with `response()` and records what was sent. */
function record(response: () => Response): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http.all('*', async ({ request }) => {
      const text = await request.text();
      seen.push({
        method: request.method,
        url: request.url,
        body: text ? (JSON.parse(text) as unknown) : undefined,
        authorization: request.headers.get('authorization'),
      });
      return response();
    }),
  );
  return seen;
}

const noContent = () => new HttpResponse(null, { status: 204 });

describe('revokeToken', () => {
  it('sends DELETE {session}/admin/tokens/{id} and accepts a 204', async () => {
    const seen = record(noContent);
    await expect(revokeToken('tok/1 2')).resolves.toBeUndefined();
    expect(seen).toEqual([
      {
        method: 'DELETE',
        url: 'http://authms.test/session/api/v1/admin/tokens/tok%2F1%202',
        body: undefined,
        authorization: 'Bearer t',
      },
    ]);
  });

  it('accepts a 200 with a body it does not need', async () => {
    record(() => HttpResponse.json({ code: 0, message: 'revoked' }));
    await expect(revokeToken('tok_1')).resolves.toBeUndefined();
  });

  it('surfaces a 405 as an http error the page can explain', async () => {
    record(() => HttpResponse.json({ title: 'Method Not Allowed', status: 405 }, { status: 405 }));
    await expect(revokeToken('tok_1')).rejects.toMatchObject({ kind: 'http', status: 405 });
  });
});

describe('revokeUserSessionTokens', () => {
  it('sends POST {session}/admin/tokens/revoke-all with { user_id } and reads counts', async () => {
    const seen = record(() => HttpResponse.json({ code: 0, message: 'ok', data: { revoked_count: 4 } }));
    const result = await revokeUserSessionTokens('user 1');
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'http://authms.test/session/api/v1/admin/tokens/revoke-all',
        body: { user_id: 'user 1' },
        authorization: 'Bearer t',
      },
    ]);
    expect(result?.data?.revoked_count).toBe(4);
  });

  it('accepts a 204 with no body', async () => {
    record(noContent);
    await expect(revokeUserSessionTokens('user_1')).resolves.toBeUndefined();
  });
});

describe('revokeUserOAuthTokens', () => {
  it('sends DELETE {oauth}/admin/oauth/tokens/user/{id}', async () => {
    const seen = record(noContent);
    await expect(revokeUserOAuthTokens('user/1')).resolves.toBeUndefined();
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'DELETE http://authms.test/oauth/api/v1/admin/oauth/tokens/user/user%2F1',
    ]);
    expect(seen[0]?.body).toBeUndefined();
  });

  it('reads access and refresh counts when the server sends them', async () => {
    record(() => HttpResponse.json({ data: { revoked_access_tokens: 2, revoked_refresh_tokens: 1 } }));
    const result = await revokeUserOAuthTokens('user_1');
    expect(result?.data).toEqual({
      revoked: undefined,
      revoked_count: undefined,
      revoked_access_tokens: 2,
      revoked_refresh_tokens: 1,
    });
  });
});

describe('revokeClientTokens', () => {
  it('sends DELETE {oauth}/admin/oauth/clients/{id}/tokens?grace_period=300 and returns the counts', async () => {
    const seen = record(() =>
      HttpResponse.json({
        code: 0,
        message: 'ok',
        data: { revoked_access_tokens: 5, revoked_refresh_tokens: 2, grace_period: 300, extra: 'ignored' },
      }),
    );
    const result = await revokeClientTokens('app 1', 300);
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'DELETE http://authms.test/oauth/api/v1/admin/oauth/clients/app%201/tokens?grace_period=300',
    ]);
    expect(result).toEqual({ revoked_access_tokens: 5, revoked_refresh_tokens: 2, grace_period: 300 });
  });

  it('sends no grace_period when none is given', async () => {
    const seen = record(() => HttpResponse.json({ data: { revoked_access_tokens: 0, revoked_refresh_tokens: 0 } }));
    await revokeClientTokens('app-1');
    expect(seen[0]?.url).toBe('http://authms.test/oauth/api/v1/admin/oauth/clients/app-1/tokens');
  });

  it('turns a SimpleResponse 404 into an http error', async () => {
    record(() => HttpResponse.json({ code: 404, message: 'client not found' }, { status: 404 }));
    await expect(revokeClientTokens('nope', 0)).rejects.toMatchObject({
      kind: 'http',
      shape: 'simple',
      status: 404,
      message: 'client not found',
    });
  });
});

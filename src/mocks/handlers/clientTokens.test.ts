import { clientTokenListSchema, revokeClientTokensResponseSchema } from '@/api/schemas/clients';
import { mockClock } from '@/mocks/clock';
import { findActiveClientTokens, getMockDb } from '@/mocks/db';
import { DEMO_TENANT_ID, DEMO_VIEWER_TOKEN } from '@/mocks/identities';
import { call, expectConsistentPage, expectSimple, OAUTH, RFC3339_UTC, type DetailBody, type ListBody } from './testing';

interface ClientToken {
  token_type: string;
  user_id?: string;
  scope: string;
  created_at: string;
  expires_at: string;
}

interface RevokeCounts {
  revoked_access_tokens: number;
  revoked_refresh_tokens: number;
  grace_period: number;
}

const tokensOf = (clientId: string) => `${OAUTH}/admin/oauth/clients/${clientId}/tokens`;
const list = (clientId: string, query = '') => call<ListBody<ClientToken>>(`${tokensOf(clientId)}${query}`);
const revoke = (clientId: string, query = '') =>
  call<DetailBody<RevokeCounts>>(`${tokensOf(clientId)}${query}`, { method: 'DELETE' });

describe('GET /oauth/api/v1/admin/oauth/clients/{client_id}/tokens', () => {
  it('answers only the client’s active tokens, paged, in the documented shape', async () => {
    const { status, body } = await list('acme-web-portal', '?page_size=100');
    expect(status).toBe(200);
    expectConsistentPage(body, 1, 100);
    expect(() => clientTokenListSchema.parse(body)).not.toThrow();
    const active = findActiveClientTokens(DEMO_TENANT_ID, 'acme-web-portal', mockClock.now());
    expect(body.total).toBe(active.length);
    expect(body.total).toBeGreaterThan(20);
    const now = mockClock.now();
    for (const token of body.items) {
      expect(['access_token', 'refresh_token']).toContain(token.token_type);
      expect(token.user_id).toMatch(/^usr_/);
      expect(token.scope).toMatch(/^openid( [\w.]+)*$/);
      expect(token.created_at).toMatch(RFC3339_UTC);
      expect(Date.parse(token.expires_at)).toBeGreaterThan(now);
    }
    const firstPage = await list('acme-web-portal');
    expectConsistentPage(firstPage.body, 1, 20);
    const beyond = await list('acme-web-portal', `?page=${firstPage.body.pagination.total_pages + 1}`);
    expectConsistentPage(beyond.body, firstPage.body.pagination.total_pages + 1, 20);
    expect(beyond.body.items).toEqual([]);
  });

  it('lists machine tokens without a user for a client_credentials client', async () => {
    const { body } = await list('billing-service', '?page_size=100');
    expect(body.items.every((t) => t.user_id === undefined && t.token_type === 'access_token')).toBe(true);
  });

  it('drops a token from the list once it expires', async () => {
    const before = (await list('acme-web-portal')).body.total;
    mockClock.advance(15 * 24 * 3600 * 1000);
    const after = (await list('acme-web-portal')).body.total;
    expect(after).toBeLessThan(before);
  });

  it.each(['page=0', 'page_size=1000'])('answers 400 SimpleResponse for %s', async (query) => {
    expectSimple(await list('acme-web-portal', `?${query}`), 400);
  });

  it('answers 401 / 403 / 404 as SimpleResponse', async () => {
    expectSimple(await call(tokensOf('acme-web-portal'), { token: null }), 401);
    expectSimple(await call(tokensOf('acme-web-portal'), { token: DEMO_VIEWER_TOKEN }), 403);
    expectSimple(await list('no-such-client'), 404);
  });
});

describe('DELETE /oauth/api/v1/admin/oauth/clients/{client_id}/tokens', () => {
  it('revokes every active token with a grace period, reports the counts, and empties the active list', async () => {
    const active = findActiveClientTokens(DEMO_TENANT_ID, 'acme-web-portal', mockClock.now());
    const access = active.filter((t) => t.token_type === 'access').length;
    const refresh = active.filter((t) => t.token_type === 'refresh').length;
    expect(access + refresh).toBeGreaterThan(0);

    const result = await revoke('acme-web-portal', '?grace_period=300');
    expect(result.status).toBe(200);
    expect(() => revokeClientTokensResponseSchema.parse(result.body)).not.toThrow();
    expect(result.body).toMatchObject({
      code: 0,
      message: 'ok',
      data: { revoked_access_tokens: access, revoked_refresh_tokens: refresh, grace_period: 300 },
    });

    const after = await list('acme-web-portal');
    expectConsistentPage(after.body, 1, 20);
    expect(after.body).toMatchObject({ items: [], total: 0 });
    expect(after.body.pagination.total_pages).toBe(0);

    // the grace is recorded on the revoked tokens
    const ids = new Set(active.map((t) => t.id));
    const revoked = getMockDb().tokens.filter((t) => ids.has(t.id));
    expect(revoked.every((t) => t.revoked_at !== undefined && t.grace_until === (t.revoked_at ?? 0) + 300_000)).toBe(true);

    const again = await revoke('acme-web-portal', '?grace_period=300');
    expect(again.body.data).toEqual({ revoked_access_tokens: 0, revoked_refresh_tokens: 0, grace_period: 300 });
  });

  it('reports grace_period 0 when none is given, and accepts the bounds 0 and 86400', async () => {
    expect((await revoke('acme-ios')).body.data.grace_period).toBe(0);
    expect((await revoke('acme-android', '?grace_period=0')).status).toBe(200);
    expect((await revoke('acme-smart-tv', '?grace_period=86400')).body.data.grace_period).toBe(86400);
  });

  it.each(['-1', '86401', 'abc', '1.5'])('answers 400 SimpleResponse for grace_period=%s and revokes nothing', async (value) => {
    const before = (await list('acme-web-portal')).body.total;
    expectSimple(await revoke('acme-web-portal', `?grace_period=${value}`), 400);
    expect((await list('acme-web-portal')).body.total).toBe(before);
  });

  it('answers 404 for an unknown client and 403 for a viewer', async () => {
    expectSimple(await revoke('no-such-client'), 404);
    expectSimple(await call(tokensOf('acme-web-portal'), { method: 'DELETE', token: DEMO_VIEWER_TOKEN }), 403);
  });
});

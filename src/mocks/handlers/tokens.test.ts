import { tokenListSchema } from '@/api/schemas/tokens';
import { mockClock } from '@/mocks/clock';
import { getMockDb } from '@/mocks/db';
import {
  DEMO_VIEWER_TOKEN,
  FAILING_TOKEN_IDS,
  FAILING_TOKEN_POSITIONS,
  FAILING_TOKEN_USER_AGENT,
  FAILING_TOKEN_USER_ID,
  HOSTILE_USER_AGENT,
  HOSTILE_USER_AGENT_TOKEN_ID,
  OTHER_TENANT_ID,
} from '@/mocks/identities';
import {
  call,
  expectConsistentPage,
  expectProblem,
  expectSimple,
  OAUTH,
  RFC3339_UTC,
  SESSION,
  type DetailBody,
  type ListBody,
} from './testing';

interface Token {
  id: string;
  user_id: string;
  token_type: string;
  status: string;
  ip: string;
  user_agent: string;
  created_at: string;
  expires_at: string;
}

const TOKENS = `${SESSION}/admin/tokens`;
const list = (query = '') => call<ListBody<Token>>(`${TOKENS}${query}`);

async function activeTokensOf(userId: string): Promise<Token[]> {
  const { body } = await list(`?user_id=${userId}&status=active&page_size=100`);
  return body.items;
}

describe('GET /session/api/v1/admin/tokens', () => {
  it('answers the first page of the tenant tokens, newest first, in the documented shape', async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expectConsistentPage(body, 1, 20);
    expect(body.total).toBeGreaterThanOrEqual(600);
    expect(() => tokenListSchema.parse(body)).not.toThrow();
    for (const token of body.items) {
      expect(token.id).toMatch(/^tok_[a-z2-7]{12}$/);
      expect(token.user_id).toMatch(/^usr_[a-z2-7]{12}$/);
      expect(['access', 'refresh']).toContain(token.token_type);
      expect(token.created_at).toMatch(RFC3339_UTC);
      expect(token.expires_at).toMatch(RFC3339_UTC);
    }
    const created = body.items.map((t) => Date.parse(t.created_at));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('keeps every status consistent with expires_at and uses documentation IP ranges', async () => {
    const { body } = await list('?page_size=100&page=2');
    const now = mockClock.now();
    for (const token of body.items) {
      if (token.status === 'active') expect(Date.parse(token.expires_at)).toBeGreaterThan(now);
      if (token.status === 'expired') expect(Date.parse(token.expires_at)).toBeLessThanOrEqual(now);
      expect(token.ip).toMatch(/^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:)/);
    }
  });

  it('carries the hostile user agent on the first page', async () => {
    const { body } = await list();
    expect(body.items.find((t) => t.id === HOSTILE_USER_AGENT_TOKEN_ID)?.user_agent).toBe(HOSTILE_USER_AGENT);
  });

  it.each([
    ['user_id', `user_id=${FAILING_TOKEN_USER_ID}`, (t: Token) => t.user_id === FAILING_TOKEN_USER_ID],
    ['type=access', 'type=access', (t: Token) => t.token_type === 'access'],
    ['type=refresh', 'type=refresh', (t: Token) => t.token_type === 'refresh'],
    ['status=active', 'status=active', (t: Token) => t.status === 'active'],
    ['status=revoked', 'status=revoked', (t: Token) => t.status === 'revoked'],
    ['status=expired', 'status=expired', (t: Token) => t.status === 'expired'],
    [
      'type=refresh&status=active',
      'type=refresh&status=active',
      (t: Token) => t.token_type === 'refresh' && t.status === 'active',
    ],
  ])('filters by %s: every returned item matches', async (_label, query, matches) => {
    const { body } = await list(`?${query}&page_size=100`);
    expect(body.total).toBeGreaterThan(0);
    expectConsistentPage(body, 1, 100);
    expect(body.items.every(matches)).toBe(true);
  });

  it('filters user_id by exact match, not substring', async () => {
    const { body } = await list(`?user_id=${FAILING_TOKEN_USER_ID.slice(0, -1)}`);
    expect(body.total).toBe(0);
  });

  it('pages correctly: page_size 100, the last partial page and beyond the last page', async () => {
    const first = await list('?page_size=100');
    expectConsistentPage(first.body, 1, 100);
    const total = first.body.total;
    const lastPage = Math.ceil(total / 100);
    expect(total % 100).not.toBe(0);

    const last = await list(`?page_size=100&page=${lastPage}`);
    expectConsistentPage(last.body, lastPage, 100);
    expect(last.body.items).toHaveLength(total % 100);
    expect(last.body.pagination.has_next).toBe(false);
    expect(last.body.pagination.has_prev).toBe(true);

    const beyond = await list(`?page_size=100&page=${lastPage + 1}`);
    expect(beyond.status).toBe(200);
    expectConsistentPage(beyond.body, lastPage + 1, 100);
    expect(beyond.body.items).toEqual([]);
    expect(beyond.body.total).toBe(total);
    expect(beyond.body.pagination).toMatchObject({ has_next: false, has_prev: true, total_pages: lastPage });

    // pages do not overlap and together hold every token once
    const ids = new Set<string>();
    for (let page = 1; page <= lastPage; page += 1) {
      (await list(`?page_size=100&page=${page}`)).body.items.forEach((t) => ids.add(t.id));
    }
    expect(ids.size).toBe(total);
  });

  it('answers an empty page with total_pages 0 when nothing matches', async () => {
    const { status, body } = await list('?user_id=usr_nobody00000');
    expect(status).toBe(200);
    expectConsistentPage(body, 1, 20);
    expect(body).toMatchObject({ items: [], total: 0 });
    expect(body.pagination).toEqual({ page: 1, page_size: 20, total: 0, total_pages: 0, has_next: false, has_prev: false });
  });

  it('never shows another tenant’s tokens', async () => {
    const other = getMockDb().tokens.find((t) => t.tenant_id === OTHER_TENANT_ID && t.user_id);
    expect(other).toBeDefined();
    const byUser = await list(`?user_id=${other?.user_id ?? ''}`);
    expect(byUser.body.total).toBe(0);
    expectProblem(await call(`${TOKENS}/${other?.id ?? ''}`), 404, 'error.token_not_found');
  });

  it.each([
    ['page=0', 'page', 'range'],
    ['page=-1', 'page', 'range'],
    ['page=abc', 'page', 'format'],
    ['page=1.5', 'page', 'format'],
    ['page_size=0', 'page_size', 'range'],
    ['page_size=1000', 'page_size', 'range'],
    ['page_size=101', 'page_size', 'range'],
    ['status=bogus', 'status', 'enum'],
    ['type=bogus', 'type', 'enum'],
  ])('answers 400 Problem with a field violation for %s', async (query, field, code) => {
    const body = expectProblem(await list(`?${query}`), 400, 'error.invalid_parameter');
    expect(body.code).toBe(30101001);
    expect(body.errors).toEqual([expect.objectContaining({ field, code, description: expect.any(String) })]);
    expect(body.errors?.[0]?.value).toBe(query.split('=')[1]);
  });

  it('lists every violation at once', async () => {
    const body = expectProblem(await list('?page=0&page_size=1000&status=bogus'), 400, 'error.invalid_parameter');
    expect(body.errors?.map((e) => e.field).sort()).toEqual(['page', 'page_size', 'status']);
  });

  it('answers 401 Problem without a bearer or with an unknown one, 403 Problem for a non-admin', async () => {
    expectProblem(await call(TOKENS, { token: null }), 401, 'error.unauthenticated');
    const unknown = await call(TOKENS, { token: 'not-a-real-token' });
    expectProblem(unknown, 401, 'error.unauthenticated');
    expect(unknown.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expectProblem(await call(TOKENS, { token: DEMO_VIEWER_TOKEN }), 403, 'error.forbidden');
  });

  it('checks authentication before parameters', async () => {
    expectProblem(await call(`${TOKENS}?page=0`, { token: null }), 401, 'error.unauthenticated');
  });
});

describe('GET /session/api/v1/admin/tokens/{id}', () => {
  it('answers one token in the detail envelope', async () => {
    const first = (await list()).body.items[0];
    const result = await call<DetailBody<Token>>(`${TOKENS}/${first?.id ?? ''}`);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ code: 0, message: 'ok', data: first });
  });

  it('answers 404 Problem for an unknown id', async () => {
    expectProblem(await call(`${TOKENS}/tok_doesnotexist`), 404, 'error.token_not_found');
  });
});

describe('DELETE /session/api/v1/admin/tokens/{id}', () => {
  it('revokes one active token, which stays revoked', async () => {
    const [token] = (await list('?status=active')).body.items.filter((t) => !FAILING_TOKEN_IDS.includes(t.id as never));
    const id = token?.id ?? '';
    const result = await call(`${TOKENS}/${id}`, { method: 'DELETE' });
    expect(result.status).toBe(204);
    expect(result.text).toBe('');
    expect((await call<DetailBody<Token>>(`${TOKENS}/${id}`)).body.data.status).toBe('revoked');

    expect((await call(`${TOKENS}/${id}`, { method: 'DELETE' })).status).toBe(204);
    mockClock.advance(60 * 24 * 3600 * 1000);
    expect((await call<DetailBody<Token>>(`${TOKENS}/${id}`)).body.data.status).toBe('revoked');
  });

  it('answers 404 Problem for an unknown id and 403 for a viewer', async () => {
    expectProblem(await call(`${TOKENS}/tok_doesnotexist`, { method: 'DELETE' }), 404, 'error.token_not_found');
    const id = (await list()).body.items[0]?.id ?? '';
    expectProblem(await call(`${TOKENS}/${id}`, { method: 'DELETE', token: DEMO_VIEWER_TOKEN }), 403, 'error.forbidden');
  });

  it('fails with 500 Problem and a request_id for the rigged tokens, which stay active', async () => {
    const pageOne = (await list()).body.items;
    const pageTwo = (await list('?page=2')).body.items;
    const defaultOrder = [...pageOne, ...pageTwo];
    FAILING_TOKEN_POSITIONS.forEach((position, index) => {
      expect(defaultOrder[position - 1]).toMatchObject({
        id: FAILING_TOKEN_IDS[index],
        user_id: FAILING_TOKEN_USER_ID,
        status: 'active',
        user_agent: FAILING_TOKEN_USER_AGENT,
      });
    });
    // a new visitor's first page holds none of them: their first revokes succeed
    expect(pageOne.filter((t) => (FAILING_TOKEN_IDS as readonly string[]).includes(t.id))).toEqual([]);

    const requestIds = new Set<string>();
    for (const id of FAILING_TOKEN_IDS) {
      const body = expectProblem(await call(`${TOKENS}/${id}`, { method: 'DELETE' }), 500, 'error.internal');
      requestIds.add(body.request_id);
      expect((await call<DetailBody<Token>>(`${TOKENS}/${id}`)).body.data.status).toBe('active');
    }
    expect(requestIds.size).toBe(FAILING_TOKEN_IDS.length);
  });
});

describe('POST /session/api/v1/admin/tokens/revoke-all', () => {
  it('revokes every active token of the user and reports the count', async () => {
    const before = await activeTokensOf(FAILING_TOKEN_USER_ID);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const result = await call<DetailBody<{ revoked_count: number }>>(`${TOKENS}/revoke-all`, {
      method: 'POST',
      body: { user_id: FAILING_TOKEN_USER_ID },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ code: 0, message: 'ok', data: { revoked_count: before.length } });
    expect(result.body.timestamp).toMatch(RFC3339_UTC);
    expect(await activeTokensOf(FAILING_TOKEN_USER_ID)).toEqual([]);
    for (const token of before) {
      expect((await call<DetailBody<Token>>(`${TOKENS}/${token.id}`)).body.data.status).toBe('revoked');
    }
    const again = await call<DetailBody<{ revoked_count: number }>>(`${TOKENS}/revoke-all`, {
      method: 'POST',
      body: { user_id: FAILING_TOKEN_USER_ID },
    });
    expect(again.body.data.revoked_count).toBe(0);
  });

  it.each([
    ['an empty object', {}],
    ['an empty user_id', { user_id: '' }],
    ['a numeric user_id', { user_id: 42 }],
  ])('answers 400 Problem with a user_id violation for %s', async (_label, body) => {
    const problem = expectProblem(
      await call(`${TOKENS}/revoke-all`, { method: 'POST', body }),
      400,
      'error.invalid_parameter',
    );
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'user_id', code: 'required' })]);
  });

  it('answers 400 Problem for a body that is not JSON', async () => {
    const problem = expectProblem(
      await call(`${TOKENS}/revoke-all`, { method: 'POST', body: '{not json' }),
      400,
      'error.invalid_parameter',
    );
    expect(problem.errors?.[0]?.field).toBe('body');
  });
});

describe('DELETE /oauth/api/v1/admin/oauth/tokens/user/{user_id}', () => {
  it('revokes the user’s tokens and answers the count in a detail envelope', async () => {
    const before = await activeTokensOf(FAILING_TOKEN_USER_ID);
    const result = await call<DetailBody<{ revoked_count: number }>>(
      `${OAUTH}/admin/oauth/tokens/user/${FAILING_TOKEN_USER_ID}`,
      { method: 'DELETE' },
    );
    expect(result.status).toBe(200);
    expect(result.body.data.revoked_count).toBe(before.length);
    expect(await activeTokensOf(FAILING_TOKEN_USER_ID)).toEqual([]);
  });

  it('answers errors as SimpleResponse', async () => {
    const url = `${OAUTH}/admin/oauth/tokens/user/${FAILING_TOKEN_USER_ID}`;
    expectSimple(await call(url, { method: 'DELETE', token: null }), 401);
    expectSimple(await call(url, { method: 'DELETE', token: DEMO_VIEWER_TOKEN }), 403);
  });
});

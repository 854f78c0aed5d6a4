import { describe, expect, it } from 'vitest';
import { getClient, listClients } from '@/api/clients';
import { setCredentials } from '@/api/credentials';
import { ApiError } from '@/api/errors';
import { revokeToken } from '@/api/revoke';
import { listTokens } from '@/api/tokens';
import { getMockDb } from '@/mocks/db';
import { handlers } from '@/mocks/handlers';
import { DEMO_ADMIN_TOKEN, FAILING_TOKEN_IDS } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { withFaults } from './handlers';
import { RETRY_AFTER_SECONDS } from './responses';
import { NO_FAULTS, type ArmedFault, type FaultKind, type FaultSettings } from './settings';

/** The fault layer in front of the Node mock, with its own settings (the demo's store is never touched here). */
function useFaults(initial: FaultSettings) {
  const box = { settings: initial };
  server.use(...withFaults(handlers, { get: () => box.settings, set: (next) => void (box.settings = next) }, () => 0));
  return box;
}

const arm = (kind: FaultKind, target: ArmedFault['target'] = 'any', remaining = 1): FaultSettings => ({
  ...NO_FAULTS,
  armed: { kind, target, remaining },
});

/** An active token of a user whose revoke is not rigged to fail. */
function activeToken() {
  const rigged: readonly string[] = FAILING_TOKEN_IDS;
  const token = getMockDb().tokens.find(
    (t) => t.user_id && t.revoked_at === undefined && t.expires_at > Date.now() && !rigged.includes(t.id),
  );
  if (!token) throw new Error('the seed has no active token');
  return token;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

beforeEach(() => {
  setCredentials({ token: DEMO_ADMIN_TOKEN, baseUrl: 'http://authms.test', demo: true });
});

describe('the fault layer, as the console sees it', () => {
  it('answers normally with no fault set', async () => {
    useFaults(NO_FAULTS);
    await expect(listTokens({ page: 1, page_size: 5 })).resolves.toMatchObject({ items: expect.any(Array) });
  });

  it.each([
    ['unauthorized', 401, 'problem'],
    ['forbidden', 403, 'problem'],
    ['not-found', 404, 'problem'],
    ['rate-limited', 429, 'problem'],
    ['server-error', 500, 'problem'],
  ] as const)('session service: %s is a %s Problem with a request id', async (kind, status, shape) => {
    useFaults(arm(kind));
    const error = await failure(listTokens({ page: 1, page_size: 5 }));
    expect(error).toMatchObject({ kind: 'http', status, shape });
    expect(error.requestId).toMatch(/^req_/);
  });

  it.each([
    ['unauthorized', 401],
    ['forbidden', 403],
    ['not-found', 404],
    ['rate-limited', 429],
    ['server-error', 500],
  ] as const)('OAuth service: %s is a %s SimpleResponse', async (kind, status) => {
    useFaults(arm(kind));
    const error = await failure(listClients({ page: 1, page_size: 5 }));
    expect(error).toMatchObject({ kind: 'http', status, shape: 'simple' });
  });

  it('asks to wait on 429, in the body and the header', async () => {
    useFaults(arm('rate-limited'));
    expect((await failure(listTokens({ page: 1, page_size: 5 }))).retryAfter).toBe(RETRY_AFTER_SECONDS);
    useFaults(arm('rate-limited'));
    expect((await failure(listClients({ page: 1, page_size: 5 }))).retryAfter).toBe(RETRY_AFTER_SECONDS);
  });

  it('says the token expired when the session expires', async () => {
    useFaults({ ...NO_FAULTS, armed: { kind: 'unauthorized', target: 'any', remaining: 1, sessionExpired: true } });
    const error = await failure(listTokens({ page: 1, page_size: 5 }));
    expect(error).toMatchObject({ status: 401, message: 'token expired', i18nKey: 'error.unauthenticated' });
  });

  it('answers 502 with an HTML page from the proxy', async () => {
    useFaults(arm('bad-gateway'));
    expect(await failure(getClient('acme-hr-portal'))).toMatchObject({ kind: 'invalid-body', status: 502 });
  });

  it('drops the connection on a network error', async () => {
    useFaults(arm('network'));
    expect(await failure(listTokens({ page: 1, page_size: 5 }))).toMatchObject({ kind: 'network' });
  });

  it('cuts a read off half way on malformed JSON', async () => {
    useFaults(arm('malformed-json'));
    expect(await failure(listTokens({ page: 1, page_size: 5 }))).toMatchObject({ kind: 'invalid-body', status: 200 });
  });

  it('does the work of a write whose answer is cut off', async () => {
    const token = activeToken();
    useFaults(arm('malformed-json', 'write'));
    await revokeToken(token.id);
    expect(getMockDb().tokens.find((t) => t.id === token.id)?.revoked_at).toBeDefined();
  });

  it('lets a failed write change nothing', async () => {
    const token = activeToken();
    useFaults({ ...NO_FAULTS, writeErrorRate: 100 });
    expect(await failure(revokeToken(token.id))).toMatchObject({ status: 500 });
    expect(getMockDb().tokens.find((t) => t.id === token.id)?.revoked_at).toBeUndefined();
  });

  it('spends "the next 3 reads" on three reads, and lets writes through meanwhile', async () => {
    const box = useFaults(arm('server-error', 'read', 3));
    const token = activeToken();
    await revokeToken(token.id);
    for (let i = 0; i < 3; i += 1) await failure(listTokens({ page: 1, page_size: 5 }));
    expect(box.settings.armed).toBeUndefined();
    await expect(listTokens({ page: 1, page_size: 5 })).resolves.toBeDefined();
  });
});

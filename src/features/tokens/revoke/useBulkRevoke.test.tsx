import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import { setCredentials } from '@/api/credentials';
import type { TokenListParams } from '@/api/schemas/tokens';
import { listTokens, tokenListQuery } from '@/api/tokens';
import { DEMO_ADMIN_TOKEN, FAILING_TOKEN_IDS } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { isRevocable, type RevocableToken } from '@/features/tokens/revocable';
import { BULK_REVOKE_CONCURRENCY, useBulkRevoke } from './useBulkRevoke';

const PARAMS: TokenListParams = { page: 1, page_size: 50 };

/** Records every DELETE and how many were in flight at most; each waits a little, then the stateful mock answers. */
function instrument(waitMs = 5) {
  const seen: string[] = [];
  const state = { inFlight: 0, most: 0 };
  server.use(
    http.delete('*/session/api/v1/admin/tokens/:id', async ({ params }) => {
      seen.push(String(params.id));
      state.inFlight += 1;
      state.most = Math.max(state.most, state.inFlight);
      await delay(waitMs);
      state.inFlight -= 1;
      return undefined;
    }),
  );
  return { seen, state };
}

async function setup() {
  setCredentials({ token: DEMO_ADMIN_TOKEN, baseUrl: 'http://authms.test', demo: false });
  const list = await listTokens(PARAMS);
  const tokens = list.items.filter(isRevocable);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapper = ({ children }: { children: React.ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const view = renderHook(() => ({ list: useQuery(tokenListQuery(PARAMS)), bulk: useBulkRevoke() }), { wrapper });
  await waitFor(() => expect(view.result.current.list.isSuccess).toBe(true));
  const statusOf = (id: string) => view.result.current.list.data?.items.find((t) => t.id === id)?.status;
  return { ...view, tokens, statusOf };
}

const failing = (t: RevocableToken) => (FAILING_TOKEN_IDS as readonly string[]).includes(t.id);
/** `count` revocable tokens of the page, `withFailing` of them rigged to fail (they sit off the first rows). */
const pick = (tokens: RevocableToken[], count: number, withFailing: number) => [
  ...tokens.filter(failing).slice(0, withFailing),
  ...tokens.filter((t) => !failing(t)).slice(0, count - withFailing),
];

describe('useBulkRevoke', () => {
  it('revokes with at most 4 requests in flight and reports each outcome, failures with their reason', async () => {
    const io = instrument();
    const { result, tokens, statusOf } = await setup();
    const picked = pick(tokens, 20, 2);
    expect(picked.filter(failing)).toHaveLength(2);

    act(() => void result.current.bulk.start(picked));
    await waitFor(() => expect(result.current.bulk.progress.done).toBe(20));
    await waitFor(() => expect(result.current.bulk.isRunning).toBe(false));

    expect(BULK_REVOKE_CONCURRENCY).toBe(4);
    expect(io.state.most).toBe(4);
    expect(io.seen.sort()).toEqual(picked.map((t) => t.id).sort());
    expect(result.current.bulk.progress).toEqual({ total: 20, done: 20, succeeded: 18, failed: 2 });
    const failed = result.current.bulk.outcomes.filter((o) => o.state === 'failed');
    expect(failed.map((o) => o.token.id).sort()).toEqual(picked.filter(failing).map((t) => t.id).sort());
    expect(failed[0]?.error).toMatchObject({ status: 500, requestId: expect.any(String) as string });

    // after the refetch: the succeeded ones are revoked, the failed ones are still active
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    for (const token of picked) expect(statusOf(token.id)).toBe(failing(token) ? 'active' : 'revoked');
  });

  it('shows every picked token revoked at once and puts back only the ones that fail', async () => {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const sent: string[] = [];
    server.use(
      http.delete('*/session/api/v1/admin/tokens/:id', async ({ params }) => {
        sent.push(String(params.id));
        await gate;
        return undefined;
      }),
    );
    const { result, tokens, statusOf } = await setup();
    const picked = pick(tokens, 8, 1);
    const bad = picked.find(failing);
    const good = picked.find((t) => !failing(t));
    if (!bad || !good) throw new Error('the page has no rigged token to pick');

    act(() => void result.current.bulk.start(picked));
    await waitFor(() => expect(sent).toHaveLength(4));
    // all eight show revoked while only four requests are out and none has answered
    for (const token of picked) expect(statusOf(token.id)).toBe('revoked');

    open();
    await waitFor(() => expect(result.current.bulk.outcomes.find((o) => o.token.id === bad.id)?.state).toBe('failed'));
    expect(statusOf(bad.id)).toBe('active');
    expect(statusOf(good.id)).toBe('revoked');
    await waitFor(() => expect(result.current.bulk.isRunning).toBe(false));
  });

  it('retries only the failed tokens', async () => {
    const io = instrument();
    const { result, tokens } = await setup();
    const picked = pick(tokens, 10, 2);
    act(() => void result.current.bulk.start(picked));
    await waitFor(() => expect(result.current.bulk.isRunning).toBe(false));
    const failedIds = result.current.bulk.outcomes.filter((o) => o.state === 'failed').map((o) => o.token.id);
    expect(failedIds.length).toBeGreaterThan(0);
    io.seen.length = 0;

    act(() => void result.current.bulk.retryFailed());
    await waitFor(() => expect(result.current.bulk.isRunning).toBe(true));
    await waitFor(() => expect(result.current.bulk.isRunning).toBe(false));
    expect(io.seen.sort()).toEqual([...failedIds].sort());
    // the succeeded ones keep their outcome; the rigged ones fail again
    expect(result.current.bulk.progress).toEqual({
      total: 10,
      done: 10,
      succeeded: 10 - failedIds.length,
      failed: failedIds.length,
    });
  });

  it('sends nothing more when started twice while running (a double click)', async () => {
    const io = instrument(20);
    const { result, tokens } = await setup();
    const picked = tokens.slice(0, 6);
    let second = true;
    act(() => {
      result.current.bulk.start(picked);
      second = result.current.bulk.start(picked);
    });
    expect(second).toBe(false);
    act(() => void result.current.bulk.retryFailed());
    await waitFor(() => expect(result.current.bulk.isRunning).toBe(false));
    expect(io.seen).toHaveLength(6);
    expect(new Set(io.seen).size).toBe(6);
  });
});

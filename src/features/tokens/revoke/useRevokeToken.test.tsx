import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { setCredentials } from '@/api/credentials';
import type { TokenListParams } from '@/api/schemas/tokens';
import { tokenListQuery } from '@/api/tokens';
import { DEMO_ADMIN_TOKEN, FAILING_TOKEN_IDS } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { useRevokeToken } from './useRevokeToken';

const PARAMS: TokenListParams = { page: 1, page_size: 50 }; // the rigged tokens sit on rows 22, 27 and 30

function renderRevoke() {
  setCredentials({ token: DEMO_ADMIN_TOKEN, baseUrl: 'http://authms.test', demo: false });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapper = ({ children }: { children: React.ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const view = renderHook(() => ({ list: useQuery(tokenListQuery(PARAMS)), revoke: useRevokeToken() }), { wrapper });
  const statusOf = (id: string) => view.result.current.list.data?.items.find((t) => t.id === id)?.status;
  return { ...view, statusOf };
}

/** Counts list requests and holds each DELETE until `release()`, then lets the stateful mock answer it. */
function instrument() {
  const counts = { lists: 0, deletes: 0 };
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get('*/session/api/v1/admin/tokens', () => {
      counts.lists += 1;
      return undefined;
    }),
    http.delete('*/session/api/v1/admin/tokens/:id', async () => {
      counts.deletes += 1;
      await gate;
      return undefined;
    }),
  );
  return { counts, release: () => release() };
}

const isFailing = (id: string | undefined) => (FAILING_TOKEN_IDS as readonly (string | undefined)[]).includes(id);

describe('useRevokeToken', () => {
  it('shows the token revoked while the request runs, and the refetched list confirms it', async () => {
    const io = instrument();
    const { result, statusOf } = renderRevoke();
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    const id = result.current.list.data?.items.find((t) => t.status === 'active' && !isFailing(t.id))?.id ?? '';
    expect(io.counts.lists).toBe(1);

    act(() => result.current.revoke.mutate(id));
    await waitFor(() => expect(statusOf(id)).toBe('revoked'));
    expect(result.current.revoke.isPending).toBe(true);

    io.release();
    await waitFor(() => expect(result.current.revoke.isSuccess).toBe(true));
    await waitFor(() => expect(io.counts.lists).toBe(2));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(statusOf(id)).toBe('revoked');
    expect(io.counts.deletes).toBe(1);
  });

  it('rolls the row back when the server refuses, then refetches', async () => {
    const io = instrument();
    io.release();
    const { result, statusOf } = renderRevoke();
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    const failing = FAILING_TOKEN_IDS[0];
    expect(statusOf(failing)).toBe('active');

    let error: unknown;
    await act(async () => {
      await result.current.revoke.mutateAsync(failing).catch((e: unknown) => {
        error = e;
      });
    });
    expect(error).toMatchObject({ status: 500, requestId: expect.any(String) as string });
    expect(statusOf(failing)).toBe('active');
    await waitFor(() => expect(io.counts.lists).toBe(2));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(statusOf(failing)).toBe('active');
  });
});

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { setCredentials } from '@/api/credentials';
import { queryKeys } from '@/api/queryKeys';
import { tokenListQuery } from '@/api/tokens';
import { DEMO_ADMIN_TOKEN } from '@/mocks/identities';
import { usePagedList } from './usePagedList';

function setup() {
  setCredentials({ token: DEMO_ADMIN_TOKEN, baseUrl: 'http://authms.test', demo: false });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: React.ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, wrapper };
}

describe('usePagedList', () => {
  it('summarises the page and fetches the next page ahead', async () => {
    const { client, wrapper } = setup();
    const params = { page: 1, page_size: 10 };
    const { result } = renderHook(() => usePagedList(tokenListQuery, params), { wrapper });
    await waitFor(() => expect(result.current.items).toHaveLength(10));
    expect(result.current.summary).toMatchObject({ page: 1, pageSize: 10, from: 1, to: 10, hasNext: true, hasPrev: false });
    await waitFor(() =>
      expect(client.getQueryData(queryKeys.tokens.list({ page: 2, page_size: 10 }))).toMatchObject({
        items: expect.any(Array),
      }),
    );
  });

  it('fetches nothing ahead on the last page', async () => {
    const { client, wrapper } = setup();
    const params = { page: 1, page_size: 10, user_id: 'usr_nobody' };
    const { result } = renderHook(() => usePagedList(tokenListQuery, params), { wrapper });
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    expect(result.current.summary.hasNext).toBe(false);
    expect(client.getQueryCache().findAll({ queryKey: queryKeys.tokens.lists() })).toHaveLength(1);
  });
});

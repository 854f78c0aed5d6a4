import { screen, waitFor, within } from '@testing-library/react';
import type * as TokensPageModule from '@/features/tokens/TokensPage';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

// The tokens page's module resolves only when the test says so: what happens before is the route's doing.
const pageModule = vi.hoisted(() => {
  let release = () => {};
  const loaded = new Promise<void>((resolve) => (release = resolve));
  return { loaded, release, resolved: false };
});
vi.mock('@/features/tokens/TokensPage', async (importOriginal) => {
  await pageModule.loaded;
  const module = await importOriginal<typeof TokensPageModule>();
  pageModule.resolved = true;
  return module;
});

afterEach(() => server.events.removeAllListeners());

describe('The tokens route', () => {
  it('sends the list request from its loader, before the page module has loaded', async () => {
    const requests: { url: string; pageResolved: boolean }[] = [];
    server.events.on('request:start', ({ request }) => {
      requests.push({ url: request.url, pageResolved: pageModule.resolved });
    });
    await renderApp('/tokens?status=active', { preloadRoutes: false });

    await waitFor(() => expect(requests.some((r) => r.url.includes('/admin/tokens?'))).toBe(true));
    const list = requests.find((r) => r.url.includes('/admin/tokens?'));
    expect(list?.pageResolved).toBe(false);
    // the same request the page reads: the filter from the URL, the first page, the default size
    const params = new URL(list?.url ?? '').searchParams;
    expect(Object.fromEntries(params)).toEqual({ page: '1', page_size: '20', status: 'active' });
    expect(screen.queryByRole('heading', { name: 'Tokens' })).not.toBeInTheDocument();

    pageModule.release();
    const table = await screen.findByRole('table', { name: 'Tokens of the tenant' });
    // the page paints with its rows (the loader waited for them), from that one request
    expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0);
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(requests.filter((r) => r.url.includes('/admin/tokens?') && r.url.includes('page=1&'))).toHaveLength(1);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const TOKENS_URL = '*/session/api/v1/admin/tokens';
const STATS_URL = '*/session/api/v1/admin/sessions/stats';

const tile = (name: string) => screen.getByRole('region', { name });
/** A figure's link, once its number has come. */
const figure = (name: RegExp) => screen.findByRole('link', { name });

describe('Overview', () => {
  it('is where the app starts: every tile with its figure, each a link to the list it counts', async () => {
    const { history } = await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' }).querySelector('[aria-current="page"]')).toHaveTextContent('Overview');
    expect(await figure(/^\d[\d,]* access tokens$/)).toHaveAttribute('href', '/tokens?type=access&status=active');
    expect(await figure(/^\d[\d,]* refresh tokens$/)).toHaveAttribute('href', '/tokens?type=refresh&status=active');
    expect(await within(tile('Active sessions')).findByRole('link', { name: /^\d[\d,]* active sessions$/ })).toHaveAttribute('href', '/sessions?status=active');
    expect(await figure(/^High risk: \d+$/)).toHaveAttribute('href', '/sessions?status=active&min_risk=70');
    expect(await figure(/^\d+% of active sessions passed MFA$/)).toHaveAttribute('href', '/sessions?status=active');
    expect(await figure(/^\d+ sessions started$/)).toHaveAttribute('href', '/sessions');
    expect(await figure(/^\d+ active clients$/)).toHaveAttribute('href', '/clients?status=active');
    expect(await figure(/^\d+ suspended clients$/)).toHaveAttribute('href', '/clients?status=suspended');
    expect(await figure(/^\d+ pending now$/)).toHaveAttribute('href', '/devices?status=pending');
    expect(await figure(/^\d+ authorized$/)).toHaveAttribute('href', '/devices?status=authorized');
    expect(await figure(/^\d+ denied$/)).toHaveAttribute('href', '/devices?status=denied');
    expect(history.location.pathname).toBe('/');
    // the figure is the list's total: the demo tenant's suspended clients
    expect(within(tile('Clients')).getByRole('link', { name: /suspended clients$/ })).toHaveTextContent(/^3 suspended clients$/);
  });

  it('sums the 24 hours up, draws them, and has the same numbers in a table', async () => {
    await renderApp('/');
    const panel = await screen.findByRole('region', { name: 'Sessions in the last 24 hours' });
    expect(await within(panel).findByText(/sessions created and \d+ ended in the last 24 hours/)).toBeInTheDocument();
    expect(await within(panel).findByRole('img', { name: /sessions created and \d+ ended/ })).toBeInTheDocument();
    const table = within(panel).getByRole('table', { name: 'Sessions created and ended per hour, last 24 hours', hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(25);
  });

  it('names the top clients and links each to its page and its sessions', async () => {
    await renderApp('/');
    const panel = await screen.findByRole('region', { name: 'Top clients by active sessions' });
    const items = await within(panel).findAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    const first = within(items[0]!).getAllByRole('link');
    expect(first[0]?.getAttribute('href')).toMatch(/^\/clients\/[\w-]+$/);
    expect(first[0]?.textContent).not.toMatch(/^[a-z-]+$/); // a name from the clients list, not the id
    expect(first[1]?.getAttribute('href')).toMatch(/^\/sessions\?status=active&client_id=[\w-]+$/);
  });

  it('lets one tile fail alone, with its own message and a Retry that brings it back', async () => {
    let failing = true;
    server.use(
      http.get(TOKENS_URL, ({ request }) => {
        if (!failing || new URL(request.url).searchParams.get('type') !== 'refresh') return undefined;
        return HttpResponse.json(
          { title: 'Internal Server Error', status: 500, detail: 'token store unavailable', request_id: 'req_overview_500' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = await renderApp('/');
    const tokens = await screen.findByRole('region', { name: 'Active tokens' });
    const alert = await within(tokens).findByRole('alert');
    expect(alert).toHaveTextContent('req_overview_500');
    // the other figures of the tile and of the page are there
    expect(await within(tokens).findByRole('link', { name: /^\d[\d,]* access tokens$/ })).toBeInTheDocument();
    expect(within(tokens).getByRole('link', { name: '— refresh tokens' })).toBeInTheDocument();
    expect(await figure(/^\d+ active clients$/)).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(tokens).findByRole('link', { name: /^\d[\d,]* refresh tokens$/ })).toBeInTheDocument();
    await waitFor(() => expect(within(tokens).queryByRole('alert')).toBeNull());
  });

  it('says in place when the server does not offer the session stats, and keeps the rest', async () => {
    server.use(http.get(STATS_URL, () => HttpResponse.json({ title: 'Not Found', status: 404 }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } })));
    await renderApp('/');
    await waitFor(() => expect(screen.getAllByText('This server does not offer session statistics.').length).toBe(5));
    expect(within(tile('Active sessions')).getByRole('link', { name: '— active sessions' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await figure(/^\d[\d,]* access tokens$/)).toBeInTheDocument();
  });

  it('refreshes itself every 30 s until paused', async () => {
    const { user } = await renderApp('/');
    const live = await screen.findByRole('group', { name: 'Auto-refresh' });
    expect(within(live).getByRole('status')).toHaveTextContent('Live · every 30 s');
    const toggle = within(live).getByRole('switch', { name: 'Auto-refresh' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(within(live).getByRole('status')).toHaveTextContent('Paused');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const TOKENS_URL = '*/session/api/v1/admin/tokens';
const CLIENTS_URL = '*/oauth/api/v1/admin/oauth/clients';
const CLIENT_URL = '*/oauth/api/v1/admin/oauth/clients/:clientId';

const serverError = () =>
  HttpResponse.json(
    { title: 'Internal Server Error', status: 500, detail: 'database unavailable', request_id: 'req_loader_500' },
    { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** Answers `url` with a 500 once, then lets the mock answer; counts the requests (but the next page's prefetch). */
function failOnce(url: string) {
  const counter = { calls: 0 };
  server.use(
    http.get(url, ({ request }) => {
      if (new URL(request.url).searchParams.get('page') === '2') return undefined;
      counter.calls += 1;
      return counter.calls === 1 ? serverError() : undefined;
    }),
  );
  return counter;
}

/** Holds the answers to `url` (those `which` picks: not the next page's prefetch) until `release()`; counts them. */
function hold(url: string, which: (search: URLSearchParams) => boolean = (search) => search.get('page') !== '2') {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const counter = { calls: 0, release };
  server.use(
    http.get(url, async ({ request }) => {
      if (!which(new URL(request.url).searchParams)) return undefined;
      counter.calls += 1;
      await released;
      return undefined;
    }),
  );
  return counter;
}

const pageCrashed = () => screen.queryByText('This page failed to display');

describe('Route loaders', () => {
  it('leave a failed list request to the page: its error panel with Retry, after exactly one request', async () => {
    const tokens = failOnce(TOKENS_URL);
    const { user } = await renderApp('/tokens');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/The server failed \(500\)/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tokens' })).toBeInTheDocument();
    expect(pageCrashed()).not.toBeInTheDocument();
    expect(tokens.calls).toBe(1);

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const table = await screen.findByRole('table', { name: 'Tokens of the tenant' });
    await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
    expect(tokens.calls).toBe(2);
  });

  it('leave a failed detail request to the page as well (one request, no route error page)', async () => {
    const client = failOnce(CLIENT_URL);
    await renderApp('/clients/acme-web-portal');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(pageCrashed()).not.toBeInTheDocument();
    expect(client.calls).toBe(1);
  });

  it('keep the old page up until the new one can paint with its rows', async () => {
    const { user } = await renderApp('/tokens');
    await screen.findByRole('table', { name: 'Tokens of the tenant' });
    const clients = hold(CLIENTS_URL);
    await user.click(screen.getByRole('link', { name: 'Clients' }));
    await waitFor(() => expect(clients.calls).toBe(1));
    expect(screen.getByRole('heading', { name: 'Tokens' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Clients' })).not.toBeInTheDocument();

    clients.release();
    const table = await screen.findByRole('table', { name: 'OAuth clients of the tenant' });
    expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0);
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(clients.calls).toBe(1);
  });

  it('do not hold a change within the page: the URL and the filter follow at once, the old rows stay meanwhile', async () => {
    const { user, history } = await renderApp('/tokens');
    const table = await screen.findByRole('table', { name: 'Tokens of the tenant' });
    await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
    const revoked = hold(TOKENS_URL, (search) => search.get('status') === 'revoked' && search.get('page') === '1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'revoked');
    await waitFor(() => expect(history.location.search).toContain('status=revoked'));
    await waitFor(() => expect(revoked.calls).toBe(1));
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('revoked');
    expect(within(table).getAllByText('Active').length).toBeGreaterThan(0); // the previous rows, until the answer

    revoked.release();
    await waitFor(() => expect(within(table).queryAllByText('Active')).toHaveLength(0));
    expect(revoked.calls).toBe(1);
  });
});

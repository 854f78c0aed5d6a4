import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { DEMO_VIEWER_TOKEN } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const TOKENS_URL = '*/session/api/v1/admin/tokens';

async function tableRows() {
  const table = await screen.findByRole('table', { name: 'Tokens of the tenant' });
  await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
  return within(table).getAllByRole('row').slice(1);
}

describe('Tokens page', () => {
  it('lists the first page of tokens with every column', async () => {
    await renderApp('/tokens');
    const rows = await tableRows();
    expect(rows).toHaveLength(20);
    expect(screen.getByText(/^1–20 of /)).toBeInTheDocument();
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['', 'Token id', 'User', 'Type', 'Status', 'IP address', 'User agent', 'Created', 'Expires', 'Actions']);
    expect(screen.getByRole('checkbox', { name: 'Select all active tokens on this page' })).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('button', { name: /^Copy token id tok_/ })).toBeInTheDocument();
  });

  it('filters by status and type through the URL and resets to page 1', async () => {
    const { user, history } = await renderApp('/tokens?page=2');
    await tableRows();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'revoked');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'refresh');
    await waitFor(() => expect(history.location.search).toContain('status=revoked'));
    expect(history.location.search).toContain('type=refresh');
    expect(history.location.search).not.toContain('page=2');
    await waitFor(async () => {
      const rows = await tableRows();
      for (const row of rows) {
        expect(within(row).getByText('Revoked')).toBeInTheDocument();
        expect(within(row).getByText('Refresh')).toBeInTheDocument();
      }
    });
  });

  it('reads filters and page from the URL and pages forward', async () => {
    const { user, history } = await renderApp('/tokens?status=active&page_size=10');
    const rows = await tableRows();
    expect(rows).toHaveLength(10);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('active');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(history.location.search).toContain('page=2'));
    await waitFor(() => expect(screen.getByText(/^11–20 of /)).toBeInTheDocument());
  });

  it('shows an empty state that names the active filters', async () => {
    await renderApp('/tokens?user_id=usr_nobody');
    expect(await screen.findByText('No tokens match these filters.')).toBeInTheDocument();
    expect(screen.getByText('user usr_nobody')).toBeInTheDocument();
  });

  it('shows the error with status, request id and a retry that works', async () => {
    let calls = 0;
    server.use(
      http.get(TOKENS_URL, () => {
        calls += 1;
        if (calls > 1) return undefined;
        return HttpResponse.json(
          { title: 'Internal Server Error', status: 500, detail: 'database unavailable', request_id: 'req_test_500' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = await renderApp('/tokens');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/The server failed \(500\)/)).toBeInTheDocument();
    expect(within(alert).getByText('req_test_500')).toBeInTheDocument();
    expect(within(alert).getByText(/database unavailable/)).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await tableRows()).toHaveLength(20);
  });

  it('sends a 401 to sign-in and comes back to the same URL afterwards', async () => {
    const { user, history } = await renderApp('/tokens?status=expired', { token: 'stale-token' });
    expect(await screen.findByRole('heading', { name: 'Sign in to the authms console' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Your session has expired/);
    expect(history.location.pathname).toBe('/sign-in');
    await user.click(screen.getByRole('button', { name: 'Use an access token instead' }));
    await user.type(screen.getByLabelText('API base URL'), 'http://authms.test');
    await user.type(screen.getByLabelText('Admin access token'), 'demo-admin-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(history.location.pathname).toBe('/tokens'));
    expect(history.location.search).toContain('status=expired');
    expect(sessionStorage.getItem('authms.console.session')).toContain('demo-admin-token');
    expect(localStorage.length === 0 || !JSON.stringify({ ...localStorage }).includes('demo-admin-token')).toBe(true);
  });

  it('shows the not-an-administrator page on 403', async () => {
    await renderApp('/tokens', { token: DEMO_VIEWER_TOKEN });
    expect(await screen.findByRole('heading', { name: 'Not an administrator' })).toBeInTheDocument();
  });

  it('renders a hostile user agent as inert text', async () => {
    await renderApp('/tokens');
    await tableRows();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTitle('<img src=x onerror=alert(1)>')).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { touchClientElsewhere } from '@/mocks/controls';
import { HOSTILE_CLIENT_ID } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const HISTORY_URL = '*/oauth/api/v1/admin/oauth/clients/:clientId/audit-logs';

async function openHistory(path: string) {
  const app = await renderApp(path);
  const table = await screen.findByRole('table', { name: /^Change history of / });
  await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
  return { ...app, table };
}

/** The row of the newest entry with this action. */
const rowOf = (table: HTMLElement, action: string) =>
  within(table).getAllByRole('row').find((row) => within(row).queryByText(action, { exact: true })) as HTMLElement;

describe("A client's history tab", () => {
  it('lists the entries newest first, in words, with who, old → new values and a request id to copy', async () => {
    touchClientElsewhere('acme-web-portal', { name: 'Acme Portal' });
    const { table } = await openHistory('/clients/acme-web-portal/history');
    const tabs = screen.getByRole('navigation', { name: 'Client sections' });
    expect(within(tabs).getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');

    const rows = within(table).getAllByRole('row').slice(1);
    const newest = rows[0]!;
    expect(newest).toHaveTextContent('Settings changed');
    expect(newest).toHaveTextContent(/Name\s*Before:\s*Acme Web Portal\s*→\s*after:\s*Acme Portal/);
    expect(within(newest).getByRole('link', { name: 'usr_ops7t2k9q4mx' })).toHaveAttribute('href', '/users/usr_ops7t2k9q4mx');
    expect(newest).toHaveTextContent('Administrator');
    expect(within(newest).getByRole('button', { name: /^Copy request id req_/ })).toBeInTheDocument();
    // the time: relative, with the exact one beside it for focus and hover
    expect(within(newest).getByText(/ago|now/)).toBeInTheDocument();

    // a list field: the entries added (when created) and removed (a later edit)
    const legacy = within(table).getAllByText('https://legacy.acme.example/oauth/callback').map((entry) => entry.closest('li')?.textContent);
    expect(legacy).toEqual(['− Removed: https://legacy.acme.example/oauth/callback', '+ Added: https://legacy.acme.example/oauth/callback']);
    expect(rowOf(table, 'Secret rotated')).toHaveTextContent(/••••\S{4}\s*→\s*after:\s*••••bcde/);
    expect(rowOf(table, 'Client created')).toBeDefined();
  });

  it('filters by action through the URL', async () => {
    const { user, history } = await openHistory('/clients/acme-web-portal/history');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'client.secret_rotated');
    await waitFor(() => expect(history.location.search).toContain('action=client.secret_rotated'));
    const table = screen.getByRole('table', { name: /^Change history of / });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(table).toHaveTextContent('Secret rotated');
  });

  it('shows an action it does not know as it came, and offers it in the filter', async () => {
    server.use(
      http.get(HISTORY_URL, () =>
        HttpResponse.json({ items: [{ id: 'aud_x', action: 'client.policy_attached', changes: [{ field: 'policy', old: null, new: 'strict' }] }], total: 1 }),
      ),
    );
    const { table } = await openHistory('/clients/acme-web-portal/history?action=client.policy_attached');
    expect(table).toHaveTextContent('client.policy_attached');
    expect(table).toHaveTextContent(/policy\s*Before:\s*\(none\)\s*→\s*after:\s*strict/);
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveDisplayValue('client.policy_attached');
  });

  it('says in place that the server does not offer the history', async () => {
    server.use(http.get(HISTORY_URL, () => HttpResponse.json({ code: 404, message: 'not found' }, { status: 404 })));
    await renderApp('/clients/acme-web-portal/history');
    expect(await screen.findByText('This server does not offer a change history for clients.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Acme Web Portal' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failure with Retry', async () => {
    let failing = true;
    server.use(http.get(HISTORY_URL, () => (failing ? HttpResponse.json({ code: 500, message: 'audit store down' }, { status: 500 }) : undefined)));
    const { user } = await renderApp('/clients/acme-web-portal/history');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('audit store down');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: /^Change history of / })).toBeInTheDocument();
  });

  it('shows a client that is not there as not found', async () => {
    await renderApp('/clients/globex-portal/history');
    expect(await screen.findByRole('heading', { name: 'Client not found' })).toBeInTheDocument();
  });

  it('renders hostile actors, user agents and values as text', async () => {
    const { table } = await openHistory(`/clients/${HOSTILE_CLIENT_ID}/history`);
    expect(table).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(table).toHaveTextContent('<script>alert(1)</script>');
    expect(table).toHaveTextContent('client.<img src=x onerror=alert(2)>');
    expect(table).toHaveTextContent('"><svg onload=alert(4)>');
    expect(table.querySelector('img, script, svg:not([aria-hidden]) , b, i')).toBeNull();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { OTHER_TENANT_CLIENT_IDS } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const CLIENT = 'acme-web-portal';

async function tableRows(client = CLIENT) {
  const table = await screen.findByRole('table', { name: `Active tokens of client ${client}` });
  await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
  return within(table).queryAllByRole('row').slice(1);
}

function recordClientRevokes() {
  const urls: string[] = [];
  server.use(
    http.delete('*/oauth/api/v1/admin/oauth/clients/:clientId/tokens', ({ request }) => {
      urls.push(new URL(request.url).pathname + new URL(request.url).search);
      return undefined;
    }),
  );
  return urls;
}

describe('Client tokens page', () => {
  it('lists the active tokens with type, user, scope chips, created and expires, paged through the URL', async () => {
    const { user, history } = await renderApp(`/clients/${CLIENT}/tokens?page_size=10`);
    const rows = await tableRows();
    expect(rows).toHaveLength(10);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Type', 'User', 'Scope', 'Created', 'Expires']);
    const first = rows[0] as HTMLElement;
    expect(within(first).getByText(/^(Access|Refresh)$/)).toBeInTheDocument();
    expect(within(within(first).getByRole('list', { name: 'Scopes' })).getAllByRole('listitem')[0]).toHaveTextContent('openid');
    expect(within(first).getAllByRole('time')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(history.location.search).toContain('page=2'));
    expect(history.location.search).toContain('page_size=10');
    await waitFor(() => expect(screen.getByText(/^11–20 of /)).toBeInTheDocument());
  });

  it('revokes all tokens with a 5 minute grace period after the client id is typed, and shows the counts', async () => {
    const urls = recordClientRevokes();
    const { user } = await renderApp(`/clients/${CLIENT}/tokens`);
    await tableRows();
    await user.click(screen.getByRole('button', { name: 'Revoke all tokens of this client' }));
    const dialog = await screen.findByRole('dialog', { name: `Revoke all tokens of ${CLIENT}?` });
    const confirm = within(dialog).getByRole('button', { name: 'Revoke all tokens' });
    await user.click(within(dialog).getByRole('radio', { name: '5 minutes' }));
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText(`Type ${CLIENT} to confirm`), CLIENT);
    expect(confirm).toBeEnabled();
    await user.dblClick(confirm);

    const result = await screen.findByText(`All tokens of ${CLIENT} were revoked.`);
    const box = result.closest('[role="status"]') as HTMLElement;
    expect(within(box).getByText(/^Access tokens revoked: [1-9]\d*$/)).toBeInTheDocument();
    expect(within(box).getByText(/^Refresh tokens revoked: \d+$/)).toBeInTheDocument();
    expect(within(box).getByText(/Grace period: 300 seconds \(5 minutes\)/)).toBeInTheDocument();
    expect(urls).toEqual([`/oauth/api/v1/admin/oauth/clients/${CLIENT}/tokens?grace_period=300`]);
    expect(await screen.findByText('This client has no active tokens.')).toBeInTheDocument();
  });

  it('validates a custom grace period next to the field and keeps the input', async () => {
    const urls = recordClientRevokes();
    const { user } = await renderApp(`/clients/${CLIENT}/tokens`);
    await tableRows();
    await user.click(screen.getByRole('button', { name: 'Revoke all tokens of this client' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Custom' }));
    await user.type(within(dialog).getByLabelText(`Type ${CLIENT} to confirm`), CLIENT);
    const seconds = within(dialog).getByRole('textbox', { name: 'Seconds (0 to 86400)' });
    const confirm = within(dialog).getByRole('button', { name: 'Revoke all tokens' });

    await user.type(seconds, '90000');
    expect(await within(dialog).findByText('Enter a number from 0 to 86400 (one day).')).toBeInTheDocument();
    expect(seconds).toHaveAttribute('aria-invalid', 'true');
    expect(seconds).toHaveAccessibleDescription('Enter a number from 0 to 86400 (one day).');
    expect(confirm).toBeDisabled();

    await user.clear(seconds);
    await user.type(seconds, '2.5');
    expect(await within(dialog).findByText('Enter a whole number of seconds, digits only.')).toBeInTheDocument();
    await user.type(seconds, '{Enter}');
    expect(urls).toEqual([]);

    await user.clear(seconds);
    await user.type(seconds, '45');
    await waitFor(() => expect(confirm).toBeEnabled());
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(confirm);
    expect(await screen.findByText(/Grace period: 45 seconds/)).toBeInTheDocument();
    expect(urls).toEqual([`/oauth/api/v1/admin/oauth/clients/${CLIENT}/tokens?grace_period=45`]);
  });

  it('sends no grace period for "None" and says the tokens stopped at once', async () => {
    const urls = recordClientRevokes();
    const { user } = await renderApp(`/clients/${CLIENT}/tokens`);
    await tableRows();
    await user.click(screen.getByRole('button', { name: 'Revoke all tokens of this client' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: 'None: they stop at once' })).toBeChecked();
    await user.type(within(dialog).getByLabelText(`Type ${CLIENT} to confirm`), `${CLIENT}{Enter}`);
    expect(await screen.findByText('No grace period: they stopped working at once.')).toBeInTheDocument();
    expect(urls).toEqual([`/oauth/api/v1/admin/oauth/clients/${CLIENT}/tokens`]);
  });

  it('shows a not-found page with a way back for a client of another tenant', async () => {
    const { user, history } = await renderApp(`/clients/${OTHER_TENANT_CLIENT_IDS[0]}/tokens`);
    expect(await screen.findByRole('heading', { name: 'Client not found' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`no client "${OTHER_TENANT_CLIENT_IDS[0]}" in this tenant`))).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Back to clients' }));
    await waitFor(() => expect(history.location.pathname).toBe('/clients'));
  });

  it('is reachable from the tokens page filters', async () => {
    const { user, history } = await renderApp('/tokens');
    await user.type(await screen.findByRole('searchbox', { name: "View a client's tokens" }), `${CLIENT}{Enter}`);
    await waitFor(() => expect(history.location.pathname).toBe(`/clients/${CLIENT}/tokens`));
    expect(await tableRows()).not.toHaveLength(0);
  });
});

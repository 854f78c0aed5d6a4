import { screen, waitFor, within } from '@testing-library/react';
import { findActiveClientTokens } from '@/mocks/db';
import { mockClock } from '@/mocks/clock';
import { DEMO_TENANT_ID, HOSTILE_CLIENT_ID } from '@/mocks/identities';
import { renderApp } from '@/test/renderApp';

function detail(label: string) {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('Client detail page', () => {
  it('shows every field, the secret only as its last four, and links to the client tokens', async () => {
    await renderApp('/clients/acme-web-portal');
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Web Portal' })).toBeInTheDocument();
    expect(detail('Client secret')).toHaveTextContent('••••bcde');
    expect(detail('Internal id')).toHaveTextContent('client_7f3k2m9q');
    expect(detail('Tenant')).toHaveTextContent('tenant_demo');
    expect(detail('Client type')).toHaveTextContent('Confidential');
    expect(detail('Authentication methods')).toHaveTextContent('Client secret (HTTP Basic)');
    expect(detail('Redirect URIs')).toHaveTextContent('https://portal.acme.example/auth/callback');
    expect(detail('CORS origins')).toHaveTextContent('https://portal.acme.example');
    expect(detail('FAPI profile')).toHaveTextContent('None');
    expect(detail('Deleted')).toHaveTextContent('—');
    expect(within(detail('Website')).getByRole('link')).toHaveAttribute('href', 'https://portal.acme.example/');
    const sections = screen.getByRole('navigation', { name: 'Client sections' });
    expect(within(sections).getByRole('link', { name: 'Tokens' })).toHaveAttribute('href', '/clients/acme-web-portal/tokens');
    expect(within(sections).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Edit settings' })).toHaveAttribute('href', '/clients/acme-web-portal/edit');
    expect(screen.getByRole('heading', { name: 'Danger zone' })).toBeInTheDocument();
  });

  it('links only http(s) URLs and shows the rest as inert text', async () => {
    await renderApp(`/clients/${HOSTILE_CLIENT_ID}`);
    await screen.findByRole('heading', { level: 1, name: /Hostile input sample/ });
    for (const label of ['Website', 'Terms of service URL', 'JWK Set URL (jwks_uri)', 'Logo URL']) {
      expect(within(detail(label)).queryByRole('link')).toBeNull();
      expect(within(detail(label)).getByText('not a web link')).toBeInTheDocument();
    }
    expect(detail('Client secret')).toHaveTextContent('••••<b>1');
    expect(document.querySelector('a[href^="javascript"], a[href^="data"], img[src^="javascript"]')).toBeNull();
  });

  it('shows a not-found panel with a way back for an unknown or foreign client', async () => {
    const { user, history } = await renderApp('/clients/globex-portal');
    expect(await screen.findByRole('heading', { name: 'Client not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to clients' }));
    await waitFor(() => expect(history.location.pathname).toBe('/clients'));
  });

  it('deletes after typing the name or id, revokes its tokens, and returns to the list without it', async () => {
    expect(findActiveClientTokens(DEMO_TENANT_ID, 'acme-ios', mockClock.now()).length).toBeGreaterThan(0);
    const { user, history } = await renderApp('/clients/acme-ios');
    await screen.findByRole('heading', { level: 1, name: 'Acme iOS' });
    await user.click(screen.getByRole('button', { name: 'Delete client…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Acme iOS?' });
    expect(dialog).toHaveTextContent(/active access and refresh tokens are revoked/);
    const confirm = within(dialog).getByRole('button', { name: 'Delete client and its tokens' });
    const input = within(dialog).getByLabelText("Type the client's name or its id to confirm");
    await user.type(input, 'Acme');
    expect(confirm).toBeDisabled();
    await user.clear(input);
    await user.type(input, 'acme-ios');
    expect(confirm).toBeEnabled();
    await user.clear(input);
    await user.type(input, 'Acme iOS');
    await user.click(confirm);
    await waitFor(() => expect(history.location.pathname).toBe('/clients'));
    expect(await screen.findByText('Deleted Acme iOS and revoked its tokens.')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'OAuth clients of the tenant' });
    await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
    expect(within(table).queryByText('acme-ios')).toBeNull();
    expect(within(table).getByText('acme-android')).toBeInTheDocument();
    expect(findActiveClientTokens(DEMO_TENANT_ID, 'acme-ios', mockClock.now())).toEqual([]);
  });

  it('activates a suspended client from its danger zone, and the status follows at once', async () => {
    const { user } = await renderApp('/clients/legacy-reporting');
    expect(await screen.findByRole('heading', { level: 1, name: 'Legacy Reporting Tool' })).toBeInTheDocument();
    const zone = screen.getByRole('region', { name: 'Danger zone' });
    expect(within(zone).getByText('Activate this client')).toBeInTheDocument();
    await user.click(within(zone).getByRole('button', { name: 'Activate…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Activate Legacy Reporting Tool?' });
    await user.click(within(dialog).getByRole('button', { name: 'Activate client' }));
    await waitFor(() => expect(within(zone).getByText('Suspend this client')).toBeInTheDocument());
    expect(detail('Status')).toHaveTextContent('Active');
  });
});

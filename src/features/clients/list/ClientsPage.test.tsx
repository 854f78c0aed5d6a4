import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { getMockDb } from '@/mocks/db';
import { server } from '@/mocks/node';
import { HOSTILE_CLIENT_ID } from '@/mocks/identities';
import { renderApp } from '@/test/renderApp';

async function tableRows() {
  const table = await screen.findByRole('table', { name: 'OAuth clients of the tenant' });
  await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
  return within(table).getAllByRole('row').slice(1);
}

function rowOf(rows: HTMLElement[], clientId: string) {
  const row = rows.find((r) => within(r).queryByText(clientId, { selector: 'code' }));
  if (!row) throw new Error(`no row for ${clientId}`);
  return row;
}

describe('Clients page', () => {
  it('lists clients with every column, links to each client and its tokens', async () => {
    await renderApp('/clients');
    const rows = await tableRows();
    expect(rows.length).toBeGreaterThan(10);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'Client id', 'Type', 'Status', 'Grant types', 'Updated', 'Actions']);

    const portal = rowOf(rows, 'acme-web-portal');
    expect(within(portal).getByRole('link', { name: 'Acme Web Portal' })).toHaveAttribute('href', '/clients/acme-web-portal');
    expect(within(portal).getByRole('link', { name: 'Tokens of Acme Web Portal' })).toHaveAttribute(
      'href',
      '/clients/acme-web-portal/tokens',
    );
    expect(within(portal).getByRole('button', { name: 'Copy client id acme-web-portal' })).toBeInTheDocument();
    expect(within(portal).getByText('Confidential')).toBeInTheDocument();
    expect(within(portal).getByText('Active')).toBeInTheDocument();
    expect(within(portal).getByText('Authorization code')).toBeInTheDocument();
    expect(within(portal).getByText('Refresh token')).toBeInTheDocument();
    // the demo's clients have no reachable logo: their initials stand in, and no image is requested
    expect(portal.querySelector('img')).toBeNull();
    expect(portal.querySelector('.client-logo')).toHaveTextContent(/^AW$/);
    expect(within(rowOf(rows, 'acme-ios')).getByText('Public')).toBeInTheDocument();
  });

  it("shows a client's https logo, and its initials when the logo does not load", async () => {
    const portal = getMockDb().clients.find((c) => c.client_id === 'acme-web-portal');
    if (portal) portal.logo_url = 'https://logos.acme.example/portal.png';
    await renderApp('/clients');
    const row = rowOf(await tableRows(), 'acme-web-portal');
    const img = row.querySelector('img');
    expect(img).toHaveAttribute('src', 'https://logos.acme.example/portal.png');
    fireEvent.error(img as HTMLImageElement);
    expect(row.querySelector('img')).toBeNull();
    expect(row.querySelector('.client-logo')).toHaveTextContent(/^AW$/);
  });

  it('never turns a non-http(s) logo into an image, and renders hostile names as text', async () => {
    await renderApp('/clients');
    const hostile = rowOf(await tableRows(), HOSTILE_CLIENT_ID);
    expect(hostile.querySelector('img')).toBeNull();
    expect(
      within(hostile).getByRole('link', { name: 'Hostile input sample <img src=x onerror=alert(1)> \u202Egnp.exe' }),
    ).toHaveAttribute('href', `/clients/${HOSTILE_CLIENT_ID}`);
    expect(document.querySelectorAll('img[src^="javascript"]')).toHaveLength(0);
  });

  it('searches by name after typing stops, and keeps search and status in the URL', async () => {
    const { user, history } = await renderApp('/clients?page=2&page_size=10');
    await tableRows();
    await user.type(screen.getByRole('searchbox', { name: 'Name' }), 'acme');
    expect(history.location.search).not.toContain('name=');
    await waitFor(() => expect(history.location.search).toContain('name=acme'));
    expect(history.location.search).not.toContain('page=2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'active');
    await waitFor(() => expect(history.location.search).toContain('status=active'));
    await waitFor(async () => {
      const rows = await tableRows();
      for (const row of rows) {
        expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(/acme/i);
        expect(within(row).getByText('Active')).toBeInTheDocument();
      }
    });
  });

  it('reads the filters from the URL and says when nothing matches', async () => {
    await renderApp('/clients?name=zzz-none&status=suspended');
    expect(await screen.findByText('No clients match these filters.')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Name' })).toHaveValue('zzz-none');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('suspended');
  });

  it('opens a client from its row', async () => {
    const { user, history } = await renderApp('/clients');
    await user.click(within(rowOf(await tableRows(), 'billing-service')).getByRole('link', { name: 'Billing Service' }));
    await waitFor(() => expect(history.location.pathname).toBe('/clients/billing-service'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Billing Service' })).toBeInTheDocument();
  });

  it('suspends a client from its row after a confirmation that says what suspension does; a filtered list drops it at once', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      // held, then on to the mock's own handler (a resolver that answers nothing falls through)
      http.put('*/oauth/api/v1/admin/oauth/clients/:clientId', async () => {
        await held;
      }),
    );
    const { user } = await renderApp('/clients?status=active');
    const row = rowOf(await tableRows(), 'billing-service');
    await user.click(within(row).getByRole('button', { name: 'Suspend Billing Service…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend Billing Service?' });
    expect(dialog).toHaveAccessibleDescription(/cannot sign users in or get new tokens.*not revoked/);
    await user.click(within(dialog).getByRole('button', { name: 'Suspend client' }));
    // optimistic: the list of active clients no longer holds it while the request runs
    const table = screen.getByRole('table', { name: 'OAuth clients of the tenant', hidden: true });
    await waitFor(() => expect(within(table).queryByText('billing-service', { selector: 'code' })).not.toBeInTheDocument());
    release();
    expect(await screen.findByText('Billing Service is suspended.')).toBeInTheDocument();
    expect(getMockDb().clients.find((c) => c.client_id === 'billing-service')?.status).toBe('suspended');
  });

  it('puts the row back with the server\'s words when the server refuses', async () => {
    server.use(
      http.put('*/oauth/api/v1/admin/oauth/clients/:clientId', () =>
        HttpResponse.json({ code: 409, message: 'client is locked by a migration' }, { status: 409 }),
      ),
    );
    const { user } = await renderApp('/clients');
    // the dialog hides the page from assistive technology while it is open: find the row regardless
    const row = () => rowOf(screen.getAllByRole('row', { hidden: true }).slice(1), 'legacy-reporting');
    await tableRows();
    expect(within(row()).getByText('Suspended')).toBeInTheDocument();
    await user.click(within(row()).getByRole('button', { name: 'Activate Legacy Reporting Tool…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Activate Legacy Reporting Tool?' });
    await user.click(within(dialog).getByRole('button', { name: 'Activate client' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('client is locked by a migration');
    expect(within(row()).getByText('Suspended')).toBeInTheDocument();
  });
});

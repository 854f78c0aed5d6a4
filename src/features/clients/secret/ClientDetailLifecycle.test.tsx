import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { getMockDb } from '@/mocks/db';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const SECRETS_URL = '*/oauth/api/v1/admin/oauth/clients/:clientId/secrets';

type App = Awaited<ReturnType<typeof renderApp>>;

function cacheText(app: App): string {
  const queries = app.app.queryClient.getQueryCache().getAll().map((q) => q.state.data);
  const mutations = app.app.queryClient
    .getMutationCache()
    .getAll()
    .map((m) => [m.state.data, m.state.variables]);
  return JSON.stringify([queries, mutations]);
}

const secretRow = () => screen.getByText('Client secret', { selector: 'dt' }).nextElementSibling as HTMLElement;
const secretText = () => document.querySelector('.once-secret-value code')?.textContent ?? '';

async function openClient(clientId: string) {
  const app = await renderApp(`/clients/${clientId}`);
  await screen.findByRole('heading', { level: 2, name: 'Settings' });
  return app;
}

describe('Rotating a client secret', () => {
  it('asks with the consequence and the typed client id, shows the new secret once, then its last four', async () => {
    const app = await openClient('acme-web-portal');
    const { user } = app;
    expect(secretRow()).toHaveTextContent('••••bcde');
    await user.click(screen.getByRole('button', { name: 'Rotate secret…' }));

    const confirm = await screen.findByRole('dialog', { name: 'Rotate the secret of Acme Web Portal?' });
    expect(confirm).toHaveAccessibleDescription(
      /The current secret stops working at once: applications using it will fail to authenticate until they are updated/,
    );
    const go = within(confirm).getByRole('button', { name: 'Rotate secret' });
    expect(go).toBeDisabled();
    await user.type(within(confirm).getByRole('textbox'), 'acme-web-portal');
    await user.click(go);

    const shown = await screen.findByRole('dialog', { name: 'New secret of Acme Web Portal' });
    const secret = secretText();
    expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(within(shown).getByText('This secret is shown only once.')).toBeInTheDocument();
    expect(cacheText(app)).not.toContain(secret);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'New secret of Acme Web Portal' })).toBeInTheDocument();

    const done = within(shown).getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();
    await user.click(within(shown).getByRole('checkbox', { name: 'I have stored the secret in a safe place' }));
    await user.click(done);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(secretRow()).toHaveTextContent(`••••${secret.slice(-4)}`));
    expect(document.body.textContent).not.toContain(secret);
    const secrets = screen.getByRole('table', { name: 'Secrets of this client' });
    const [first, ...older] = within(secrets).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent(`${secret.slice(-4)} (in use)Active`);
    expect(older.every((row) => within(row).queryByText('Inactive'))).toBe(true);
    // the secret it replaced stopped working just now; the one inactive before keeps its own, older time
    const [replaced, earlier] = older as [HTMLElement, HTMLElement];
    expect(within(replaced).getAllByRole('cell')[3]).toHaveTextContent(/^just now$/);
    expect(within(earlier).getAllByRole('cell')[3]).toHaveTextContent(/^(last month|\d+ (days|weeks) ago)$/);
    expect(getMockDb().clients.find((c) => c.client_id === 'acme-web-portal')?.secret_last_four).toBe(secret.slice(-4));
  });

  it('offers neither rotation nor secrets for a public client', async () => {
    await openClient('acme-ios');
    expect(screen.getByRole('heading', { name: 'Danger zone' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rotate secret…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Client secrets' })).not.toBeInTheDocument();
  });
});

describe('The client’s secrets', () => {
  it('lists them and deactivates an older active one, but not the one in use', async () => {
    const { user } = await openClient('billing-service');
    const table = await screen.findByRole('table', { name: 'Secrets of this client' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('x7q2 (in use)Active');
    expect(within(rows[0]!).queryByRole('button')).not.toBeInTheDocument();
    const older = rows[1]!;
    const lastFour = within(older).getAllByRole('cell')[0]?.querySelector('code')?.textContent ?? '';
    expect(lastFour).toMatch(/^\S{4}$/);

    await user.click(within(older).getByRole('button', { name: `Deactivate secret ending in ${lastFour}` }));
    const confirm = await screen.findByRole('dialog', { name: `Deactivate secret ••••${lastFour}?` });
    await user.click(within(confirm).getByRole('button', { name: 'Deactivate secret' }));
    await waitFor(() => expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Inactive'));
    expect(within(table).queryByRole('button', { name: /^Deactivate/ })).not.toBeInTheDocument();
  });

  it('rotates without downtime: a second secret shown once, both active, then the old one deactivated', async () => {
    const app = await openClient('acme-web-portal');
    const { user } = app;
    const table = await screen.findByRole('table', { name: 'Secrets of this client' });
    expect(within(table).getByRole('columnheader', { name: 'Last used' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a second secret…' }));
    const confirm = await screen.findByRole('dialog', { name: 'Add a second secret to Acme Web Portal?' });
    expect(confirm).toHaveAccessibleDescription(/keeps working until you deactivate it/);
    await user.click(within(confirm).getByRole('button', { name: 'Add secret' }));

    const shown = await screen.findByRole('dialog', { name: 'New secret of Acme Web Portal' });
    const secret = secretText();
    expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(cacheText(app)).not.toContain(secret);
    await user.click(within(shown).getByRole('checkbox', { name: 'I have stored the secret in a safe place' }));
    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const newFour = secret.slice(-4);
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent(`${newFour} (in use)Active`));
    const old = within(table).getAllByRole('row')[2]!;
    expect(old).toHaveTextContent('bcdeActive');
    expect(screen.queryByRole('button', { name: 'Add a second secret…' })).not.toBeInTheDocument();
    expect(screen.getByText(/has two active secrets/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(secret);

    await user.click(within(old).getByRole('button', { name: 'Deactivate secret ending in bcde' }));
    const deactivate = await screen.findByRole('dialog', { name: 'Deactivate secret ••••bcde?' });
    await user.click(within(deactivate).getByRole('button', { name: 'Deactivate secret' }));
    await waitFor(() => expect(within(table).getAllByRole('row')[2]).toHaveTextContent('bcdeInactive'));
    expect(screen.getByRole('button', { name: 'Add a second secret…' })).toBeInTheDocument();
  });

  it.each([404, 405])('hides the list without an error when the server answers %s', async (status) => {
    server.use(http.get(SECRETS_URL, () => HttpResponse.json({ code: status, message: 'no route' }, { status })));
    await openClient('acme-web-portal');
    await waitFor(() => expect(screen.queryByText('Loading the secrets…')).not.toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Client secrets' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(secretRow()).toHaveTextContent('••••bcde');
  });

  it('shows any other failure with a retry', async () => {
    server.use(http.get(SECRETS_URL, () => HttpResponse.json({ code: 500, message: 'vault sealed' }, { status: 500 })));
    await openClient('acme-web-portal');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('vault sealed');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('Duplicating a client', () => {
  it('copies a public client and opens the copy, named as a copy, in the editor', async () => {
    const { user, history } = await openClient('acme-ios');
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    const confirm = await screen.findByRole('dialog', { name: 'Duplicate Acme iOS?' });
    expect(confirm).toHaveTextContent('A new client “Acme iOS (copy)” is created');
    await user.click(within(confirm).getByRole('button', { name: 'Duplicate' }));

    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-ios-copy/edit'));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Acme iOS (copy)');
    expect(screen.getByRole('heading', { level: 1, name: 'Edit Acme iOS (copy)' })).toBeInTheDocument();
  });

  it('shows a confidential copy’s secret once before opening the editor', async () => {
    const app = await openClient('acme-web-portal');
    const { user, history } = app;
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    const confirm = await screen.findByRole('dialog', { name: 'Duplicate Acme Web Portal?' });
    expect(confirm).toHaveTextContent('The copy gets its own secret, shown once.');
    await user.click(within(confirm).getByRole('button', { name: 'Duplicate' }));

    const shown = await screen.findByRole('dialog', { name: 'Secret of Acme Web Portal (copy)' });
    const secret = secretText();
    expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(cacheText(app)).not.toContain(secret);
    await user.click(within(shown).getByRole('checkbox', { name: 'I have stored the secret in a safe place' }));
    await user.click(within(shown).getByRole('button', { name: 'Continue to the editor' }));

    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal-copy/edit'));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Acme Web Portal (copy)');
    expect(document.body.textContent).not.toContain(secret);
  });
});

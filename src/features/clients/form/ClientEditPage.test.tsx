import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { touchClientElsewhere } from '@/mocks/controls';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';
import { clearAllDrafts } from './draftStore';

const CLIENT_URL = '*/oauth/api/v1/admin/oauth/clients/:clientId';

afterEach(() => clearAllDrafts());

/** Records the body of every PUT while letting the mock answer it. */
function recordPuts() {
  const bodies: unknown[] = [];
  server.use(
    http.put(CLIENT_URL, async ({ request }) => {
      bodies.push(await request.clone().json());
      return undefined;
    }),
  );
  return bodies;
}

async function openEdit(clientId: string) {
  const app = await renderApp(`/clients/${clientId}/edit`);
  await screen.findByRole('form', { name: 'Client settings' });
  return app;
}

const input = (name: string) => screen.getByRole('textbox', { name });
const saveButton = () => screen.getByRole('button', { name: 'Save changes' });

describe('Client edit form', () => {
  it('sends only the changed fields and shows the saved client', async () => {
    const puts = recordPuts();
    const { user, history } = await openEdit('acme-web-portal');
    expect(saveButton()).toBeDisabled();
    // editing belongs to the Settings section: its tab is marked as the current one
    const sections = screen.getByRole('navigation', { name: 'Client sections' });
    expect(within(sections).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'true');
    expect(within(sections).getByRole('link', { name: 'Tokens' })).not.toHaveAttribute('aria-current');

    await user.clear(input('Redirect URI 2'));
    await user.type(input('Redirect URI 2'), 'http://localhost:3000/cb');
    await user.click(screen.getByRole('button', { name: 'Add to Scopes' }));
    await user.type(input('Scope 5'), 'orders:read');
    await user.click(screen.getByRole('button', { name: 'Move Scope 5 up' }));
    expect(screen.getByText('2 unsaved changes')).toBeInTheDocument();
    await user.click(saveButton());

    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal'));
    expect(puts).toEqual([
      {
        scopes: ['openid', 'profile', 'email', 'orders:read', 'offline_access'],
        redirect_uris: ['https://portal.acme.example/auth/callback', 'http://localhost:3000/cb'],
      },
    ]);
    expect(await screen.findByText('Saved Acme Web Portal.')).toBeInTheDocument();
    const redirects = (await screen.findByText('Redirect URIs', { selector: 'dt' })).nextElementSibling as HTMLElement;
    expect(redirects).toHaveTextContent('http://localhost:3000/cb');
    expect(screen.getByText('Scopes', { selector: 'dt' }).nextElementSibling).toHaveTextContent('orders:read');
  });

  it('puts a rule error next to its input and sends nothing while any remains', async () => {
    const puts = recordPuts();
    const { user } = await openEdit('acme-web-portal');
    await user.clear(input('Redirect URI 1'));
    await user.type(input('Redirect URI 1'), 'http://portal.acme.example/cb#frag');
    await user.tab();
    // every rule the value breaks is said at the field, not only the first
    expect(input('Redirect URI 1')).toHaveAccessibleDescription(/must not contain a fragment.*Plain http:\/\/ is allowed only for localhost/);
    expect(input('Redirect URI 1')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(input('Name'));
    await user.click(saveButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('Fix the 2 marked fields before saving.');
    expect(input('Name')).toHaveAccessibleDescription(/Enter a name/);
    // focus moves once the messages have rendered
    await waitFor(() => expect(input('Name')).toHaveFocus());
    expect(puts).toEqual([]);

    await user.clear(input('Redirect URI 1'));
    await user.type(input('Redirect URI 1'), 'http://portal.acme.example/cb');
    expect(input('Redirect URI 1')).toHaveAccessibleDescription(/Plain http:\/\/ is allowed only for localhost/);
  });

  it('refuses a pasted private key with a warning and pastes many redirect URIs at once', async () => {
    const { user } = await openEdit('acme-web-portal');
    const jwks = screen.getByRole('textbox', { name: 'JWK Set (jwks)' });
    await user.click(jwks);
    await user.paste('{"keys":[{"kty":"EC","crv":"P-256","x":"a","y":"b","d":"secret"}]}');
    await user.tab();
    expect(jwks).toHaveAccessibleDescription(/PRIVATE key .* must never leave its owner/);

    await user.click(input('Redirect URI 2'));
    await user.paste('https://a.acme.example/cb\nhttps://b.acme.example/cb\n');
    expect(input('Redirect URI 3')).toHaveValue('https://a.acme.example/cb');
    expect(input('Redirect URI 4')).toHaveValue('https://b.acme.example/cb');
    await user.click(within(screen.getByRole('group', { name: 'Scopes' })).getByText('Paste several at once'));
    await user.type(screen.getByRole('textbox', { name: 'Scopes, one per line' }), 'a b{enter}c');
    await user.click(screen.getAllByRole('button', { name: 'Add these' })[0]!);
    expect(input('Scope 7')).toHaveValue('c');
  });

  it('puts the server’s field errors on their inputs and keeps the input', async () => {
    const { user, history } = await openEdit('acme-hr-portal');
    await user.click(screen.getByRole('button', { name: 'Add to Redirect URIs' }));
    await user.type(input('Redirect URI 2'), 'https://evil.example/cb');
    await user.click(saveButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The changes were not saved');
    await waitFor(() => expect(input('Redirect URI 2')).toHaveAttribute('aria-invalid', 'true'));
    expect(input('Redirect URI 2')).toHaveAccessibleDescription(
      /The server says: host evil.example is not allowed by the tenant's redirect policy/,
    );
    expect(input('Redirect URI 2')).toHaveValue('https://evil.example/cb');
    // focus moves once the messages have rendered
    await waitFor(() => expect(input('Redirect URI 2')).toHaveFocus());
    expect(history.location.pathname).toBe('/clients/acme-hr-portal/edit');
  });

  it('keeps the edit through a failing save and saves on retry', async () => {
    server.use(
      http.put(CLIENT_URL, () => HttpResponse.json({ code: 500, message: 'database unavailable', timestamp: '2026-04-15T10:30:00Z' }, { status: 500 }), {
        once: true,
      }),
    );
    const { user, history } = await openEdit('acme-web-portal');
    await user.clear(input('Name'));
    await user.type(input('Name'), 'Acme Portal EU');
    await user.click(saveButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server failed (500)');
    expect(alert).toHaveTextContent('database unavailable');
    expect(input('Name')).toHaveValue('Acme Portal EU');
    expect(history.location.pathname).toBe('/clients/acme-web-portal/edit');

    await user.click(saveButton());
    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Portal EU' })).toBeInTheDocument();
  });

  it('shows what changed elsewhere and overwrites only the admin’s fields', async () => {
    const puts = recordPuts();
    const { user, history } = await openEdit('acme-web-portal');
    touchClientElsewhere('acme-web-portal', { name: 'Renamed elsewhere' });
    await user.click(screen.getByRole('checkbox', { name: /Client secret \(form post\)/ }));
    await user.click(saveButton());

    const dialog = await screen.findByRole('dialog', { name: 'This client was changed by someone else' });
    const row = within(dialog).getByRole('rowheader', { name: 'Name' }).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Acme Web Portal');
    expect(row).toHaveTextContent('Renamed elsewhere');
    expect(puts).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));

    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal'));
    expect(puts).toEqual([{ client_auth_methods: ['client_secret_basic', 'client_secret_post'] }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Renamed elsewhere' })).toBeInTheDocument();
  });

  it('offers the change history from the conflict, keeping the edits for when the admin comes back', async () => {
    const puts = recordPuts();
    const { user, history } = await openEdit('acme-web-portal');
    touchClientElsewhere('acme-web-portal', { name: 'Renamed elsewhere' });
    await user.clear(input('Website'));
    await user.type(input('Website'), 'https://mine.example');
    await user.click(saveButton());
    const dialog = await screen.findByRole('dialog', { name: 'This client was changed by someone else' });
    await user.click(within(dialog).getByRole('link', { name: 'See the change history' }));

    // no "leave without saving?" question: the edits are kept, not left
    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal/history'));
    expect(screen.queryByRole('dialog')).toBeNull();
    const table = await screen.findByRole('table', { name: /^Change history of / });
    const newest = (await within(table).findAllByRole('row'))[1]!;
    expect(newest).toHaveTextContent(/Acme Web Portal\s*→\s*after:\s*Renamed elsewhere/);

    history.back();
    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal/edit'));
    expect(await screen.findByRole('textbox', { name: 'Website' })).toHaveValue('https://mine.example');
    expect(screen.getByText(/Your changes were kept/)).toBeInTheDocument();
    expect(puts).toEqual([]);
  });

  it('reloads their version on request, dropping the admin’s edits', async () => {
    const puts = recordPuts();
    const { user } = await openEdit('acme-web-portal');
    touchClientElsewhere('acme-web-portal', { scopes: ['openid'] });
    await user.clear(input('Name'));
    await user.type(input('Name'), 'Mine');
    await user.click(saveButton());
    const dialog = await screen.findByRole('dialog', { name: 'This client was changed by someone else' });
    expect(within(dialog).getByRole('rowheader', { name: 'Scopes' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reload theirs (discard mine)' }));

    await waitFor(() => expect(input('Name')).toHaveValue('Acme Web Portal'));
    expect(input('Scope 1')).toHaveValue('openid');
    expect(screen.queryByRole('textbox', { name: 'Scope 2' })).toBeNull();
    expect(saveButton()).toBeDisabled();
    expect(puts).toEqual([]);
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, history } = await openEdit('acme-web-portal');
    await user.type(input('Name'), ' 2');
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Clients' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('You have 1 unsaved change.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(history.location.pathname).toBe('/clients/acme-web-portal/edit');
    expect(input('Name')).toHaveValue('Acme Web Portal 2');

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Leave and discard changes' }));
    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal'));
  });

  it('keeps the edits through a 401 and sign-in, then saves on request', async () => {
    server.use(
      http.put(CLIENT_URL, () => HttpResponse.json({ code: 401, message: 'token expired', timestamp: '2026-04-15T10:30:00Z' }, { status: 401 }), {
        once: true,
      }),
    );
    const { user, history } = await openEdit('acme-web-portal');
    await user.clear(input('Name'));
    await user.type(input('Name'), 'Kept through sign-in');
    await user.click(saveButton());

    expect(await screen.findByText(/Your session has expired/)).toBeInTheDocument();
    expect(history.location.pathname).toBe('/sign-in');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('Kept through sign-in');
    await user.click(screen.getByRole('button', { name: 'Use an access token instead' }));
    await user.type(screen.getByLabelText('API base URL'), 'http://authms.test');
    await user.type(screen.getByLabelText('Admin access token'), 'demo-admin-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal/edit'));
    expect(await screen.findByText(/Your changes were kept/)).toBeInTheDocument();
    expect(input('Name')).toHaveValue('Kept through sign-in');
    await user.click(screen.getByRole('button', { name: 'Save my changes now' }));
    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kept through sign-in' })).toBeInTheDocument();
  });

  it('counts a change typed the moment the input appears', async () => {
    const puts = recordPuts();
    const { user, history } = await renderApp('/clients/acme-web-portal/edit');
    // no wait for anything else: type as soon as the input is on screen
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), ' EU');
    expect(input('Name')).toHaveValue('Acme Web Portal EU');
    expect(saveButton()).toBeEnabled();
    expect(screen.getByText('1 unsaved change')).toBeInTheDocument();
    expect(screen.queryByText('No changes yet')).not.toBeInTheDocument();

    await user.click(saveButton());
    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal'));
    expect(puts).toEqual([{ name: 'Acme Web Portal EU' }]);
  });

  it('shows a not-found panel for a client that does not exist', async () => {
    await renderApp('/clients/no-such-client/edit');
    expect(await screen.findByRole('heading', { name: 'Client not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to clients' })).toHaveAttribute('href', '/clients');
  });
});

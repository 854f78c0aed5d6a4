import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { getMockDb } from '@/mocks/db';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';
import { clearAllDrafts } from '@/features/clients/form/draftStore';

const CLIENTS_URL = '*/oauth/api/v1/admin/oauth/clients';

type App = Awaited<ReturnType<typeof renderApp>>;

afterEach(() => clearAllDrafts());

/** Everything React Query holds: every query's data and every mutation's data, variables and context. */
function cacheText(app: App): string {
  const queries = app.app.queryClient.getQueryCache().getAll().map((q) => q.state.data);
  const mutations = app.app.queryClient
    .getMutationCache()
    .getAll()
    .map((m) => [m.state.data, m.state.variables, m.state.context]);
  return JSON.stringify([queries, mutations]);
}

/** Records every create body while letting the mock answer it. */
function recordCreates() {
  const bodies: unknown[] = [];
  server.use(
    http.post(CLIENTS_URL, async ({ request }) => {
      bodies.push(await request.clone().json());
      return undefined;
    }),
  );
  return bodies;
}

const input = (name: string) => screen.getByRole('textbox', { name });

/** The defaults a kind's card lists, as { term: value }. */
function defaultsOf(kind: string): Record<string, string> {
  const terms = screen.getByRole('link', { name: kind }).querySelectorAll('dt');
  return Object.fromEntries([...terms].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']));
}
const breadcrumbToClients = () =>
  within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', { name: 'Clients' });
const secretText = () => document.querySelector('.once-secret-value code')?.textContent ?? '';

async function openForm(kind: string) {
  const app = await renderApp(`/clients/new?kind=${kind}`);
  await screen.findByRole('form', { name: 'New client settings' });
  return app;
}

describe('Creating a client', () => {
  it('starts from the list: four kinds, each explained with the defaults it sets', async () => {
    const { user, history } = await renderApp('/clients');
    await user.click(await screen.findByRole('link', { name: 'New client' }));
    await waitFor(() => expect(history.location.pathname).toBe('/clients/new'));
    expect(await screen.findByRole('heading', { name: 'What are you connecting?' })).toBeInTheDocument();

    const kinds = screen.getAllByRole('listitem').filter((li) => li.querySelector('.kind-card'));
    expect(kinds.map((li) => within(li).getByRole('link').getAttribute('aria-labelledby'))).toHaveLength(4);
    const web = screen.getByRole('link', { name: 'Web app with a server' });
    expect(web).toHaveAccessibleDescription(/keeps a secret/);
    expect(defaultsOf('Web app with a server')).toEqual({
      'Client type': 'Confidential',
      'Grant types': 'authorization_code + refresh_token',
      'Authentication methods': 'client_secret_basic',
      'Redirect URIs': 'https callback, to fill in',
    });
    expect(defaultsOf('Single-page or mobile app')).toMatchObject({
      'Client type': 'Public',
      'Grant types': 'authorization_code + refresh_token',
      'Authentication methods': 'none',
      'Redirect URIs': expect.stringContaining('loopback (http://localhost) or private-use scheme'),
    });
    expect(defaultsOf('Machine to machine')).toEqual({
      'Client type': 'Confidential',
      'Grant types': 'client_credentials',
      'Authentication methods': 'client_secret_basic',
      'Redirect URIs': 'none',
    });
    expect(defaultsOf('TV or command line')).toEqual({
      'Client type': 'Public',
      'Grant types': 'urn:ietf:params:oauth:grant-type:device_code + refresh_token',
      'Authentication methods': 'none',
      'Redirect URIs': 'none',
    });

    await user.click(web);
    await waitFor(() => expect(history.location.search).toBe('?kind=web'));
    await screen.findByRole('form', { name: 'New client settings' });
    expect(screen.getByRole('radio', { name: /^Confidential/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Authorization code/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Refresh token/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Client secret \(HTTP Basic\)/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^None/ })).not.toBeChecked();
  });

  it('creates a confidential client and shows its secret once, kept out of the cache, storage and URL', async () => {
    const creates = recordCreates();
    const app = await openForm('web');
    const { user, history } = app;
    await user.type(input('Client id'), 'billing-portal');
    await user.type(input('Name'), 'Billing portal');
    await user.type(input('Redirect URI 1'), 'https://billing.example.com/cb');
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Billing portal is created' })).toBeInTheDocument();
    expect(creates).toEqual([
      {
        client_id: 'billing-portal',
        name: 'Billing portal',
        status: 'active',
        is_confidential: true,
        client_auth_methods: ['client_secret_basic'],
        grant_types: ['authorization_code', 'refresh_token'],
        scopes: ['openid', 'profile', 'email'],
        redirect_uris: ['https://billing.example.com/cb'],
      },
    ]);
    const secret = secretText();
    expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(screen.getByText('This secret is shown only once.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy client secret' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy client id billing-portal' })).toBeInTheDocument();
    // the kind was a step of the form, which is done: the address no longer names it
    await waitFor(() => expect(history.location.search).toBe(''));
    expect(history.location.pathname).toBe('/clients/new');

    expect(cacheText(app)).not.toContain(secret);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(secret);
    expect(JSON.stringify({ ...localStorage })).not.toContain(secret);
    expect(history.location.href).not.toContain(secret);

    const next = screen.getByRole('button', { name: 'Continue to the client' });
    expect(next).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'I have stored the secret in a safe place' }));
    await user.click(next);

    await waitFor(() => expect(history.location.pathname).toBe('/clients/billing-portal'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Billing portal' })).toBeInTheDocument();
    const secretRow = screen.getByText('Client secret', { selector: 'dt' }).nextElementSibling;
    expect(secretRow).toHaveTextContent(`••••${secret.slice(-4)}`);
    expect(document.body.textContent).not.toContain(secret);
    expect(cacheText(app)).not.toContain(secret);
  });

  it('forgets the secret when the admin leaves the page (asked first), and shows it nowhere afterwards', async () => {
    const app = await openForm('machine');
    const { user, history } = app;
    await user.type(input('Name'), 'Nightly export');
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    await screen.findByRole('heading', { level: 1, name: 'Nightly export is created' });
    const secret = secretText();
    expect(secret).not.toBe('');

    await user.click(breadcrumbToClients());
    const ask = await screen.findByRole('dialog', { name: 'Leave without storing the secret?' });
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(secretText()).toBe(secret);

    await user.click(breadcrumbToClients());
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave; the secret is gone' }));
    await waitFor(() => expect(history.location.pathname).toBe('/clients'));
    expect(await screen.findByRole('link', { name: 'Nightly export' })).toBeInTheDocument();

    history.back();
    await waitFor(() => expect(history.location.pathname).toBe('/clients/new'));
    // a fresh start: the address no longer names the kind of the client that was created
    expect(await screen.findByRole('heading', { name: 'What are you connecting?' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(secret);
    expect(cacheText(app)).not.toContain(secret);
  });

  it('creates a public client without a secret and opens it', async () => {
    const { user, history } = await openForm('device');
    await user.type(input('Name'), 'Living room TV');
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    await waitFor(() => expect(history.location.pathname).toBe('/clients/living-room-tv'));
    expect(await screen.findByText('Created Living room TV.')).toBeInTheDocument();
    expect(screen.queryByText('This secret is shown only once.')).not.toBeInTheDocument();
    expect(getMockDb().clients.find((c) => c.client_id === 'living-room-tv')).toMatchObject({
      is_confidential: false,
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
    });
  });

  it('checks the same rules with the same messages as editing, and sends nothing while any fails', async () => {
    const creates = recordCreates();
    const { user } = await openForm('spa');
    await user.type(input('Client id'), 'no spaces allowed');
    await user.type(input('Redirect URI 1'), 'http://app.example.com/cb');
    await user.click(screen.getByRole('checkbox', { name: /^Client credentials/ }));
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Fix the 4 marked fields before creating the client.');
    expect(input('Client id')).toHaveAccessibleDescription(/Use 3 to 64 letters/);
    // focus moves once the messages have rendered
    await waitFor(() => expect(input('Client id')).toHaveFocus());
    expect(input('Name')).toHaveAccessibleDescription(/Enter a name/);
    expect(input('Redirect URI 1')).toHaveAccessibleDescription(/Plain http:\/\/ is allowed only for localhost/);
    expect(screen.getByRole('group', { name: 'Grant types' })).toHaveAccessibleDescription(
      /client_credentials is only for confidential clients/,
    );
    expect(creates).toEqual([]);
  });

  it('puts a taken client_id (409) on the client_id input and keeps everything typed', async () => {
    const { user } = await openForm('web');
    await user.type(input('Client id'), 'acme-web-portal');
    await user.type(input('Name'), 'Second portal');
    await user.type(input('Redirect URI 1'), 'https://second.example.com/cb');
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    await waitFor(() => expect(input('Client id')).toHaveAccessibleDescription(/This client id is already taken/));
    // focus moves once the messages have rendered
    await waitFor(() => expect(input('Client id')).toHaveFocus());
    expect(input('Client id')).toHaveValue('acme-web-portal');
    expect(input('Name')).toHaveValue('Second portal');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The client was not created');
    expect(alert).toHaveTextContent('client_id "acme-web-portal" is already taken');
    expect(alert).toHaveTextContent('409');

    await user.clear(input('Client id'));
    await user.type(input('Client id'), 'second-portal');
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Second portal is created' })).toBeInTheDocument();
  });

  it('puts the server’s field errors on their inputs, as editing does', async () => {
    server.use(
      http.post(CLIENTS_URL, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            detail: 'invalid parameter',
            request_id: 'req_create_1',
            errors: [
              { field: 'redirect_uris[0]', code: 'format', description: 'host is not allowed by the tenant policy' },
              { field: 'client_id', code: 'format', description: 'client_id is reserved' },
              { field: 'software_statement', code: 'required', description: 'software_statement is required' },
            ],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await openForm('web');
    await user.type(input('Client id'), 'admin');
    await user.type(input('Name'), 'Portal');
    await user.type(input('Redirect URI 1'), 'https://elsewhere.example.com/cb');
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    await waitFor(() =>
      expect(input('Redirect URI 1')).toHaveAccessibleDescription(/The server says: host is not allowed by the tenant policy/),
    );
    expect(input('Client id')).toHaveAccessibleDescription(/The server says: client_id is reserved/);
    expect(screen.getByRole('list', { name: 'Other problems the server reported' })).toHaveTextContent(
      'software_statement is required',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('req_create_1');
    expect(input('Redirect URI 1')).toHaveValue('https://elsewhere.example.com/cb');
  });

  it('asks before leaving a started form, and can go back to choose another kind', async () => {
    const { user, history } = await openForm('web');
    await user.click(screen.getByRole('button', { name: 'Choose another kind' }));
    await waitFor(() => expect(history.location.search).toBe(''));
    await user.click(await screen.findByRole('link', { name: 'TV or command line' }));
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Kiosk');

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const ask = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(input('Name')).toHaveValue('Kiosk');
    expect(history.location.pathname).toBe('/clients/new');
  });

  it('keeps everything typed, the client_id and the kind through a 401 and sign-in, then creates the client', async () => {
    server.use(
      http.post(CLIENTS_URL, () => HttpResponse.json({ code: 401, message: 'token expired', timestamp: '2026-04-15T10:30:00Z' }, { status: 401 }), {
        once: true,
      }),
    );
    const creates = recordCreates();
    const { user, history } = await openForm('spa');
    await user.type(input('Client id'), 'kept-through-sign-in');
    await user.type(input('Name'), 'Kept app');
    await user.type(input('Redirect URI 1'), 'com.example.kept:/cb');
    await user.click(screen.getByRole('checkbox', { name: /^Refresh token/ }));
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    expect(await screen.findByText(/Your session has expired/)).toBeInTheDocument();
    expect(history.location.pathname).toBe('/sign-in');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('Kept app');
    expect(JSON.stringify({ ...localStorage })).not.toContain('Kept app');
    await user.click(screen.getByRole('button', { name: 'Use an access token instead' }));
    await user.type(screen.getByLabelText('API base URL'), 'http://authms.test');
    await user.type(screen.getByLabelText('Admin access token'), 'demo-admin-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(history.location.href).toBe('/clients/new?kind=spa'));
    expect(await screen.findByText(/What you typed was kept/)).toBeInTheDocument();
    expect(screen.getByText(/Kind: Single-page or mobile app/)).toBeInTheDocument();
    expect(input('Client id')).toHaveValue('kept-through-sign-in');
    expect(input('Name')).toHaveValue('Kept app');
    expect(input('Redirect URI 1')).toHaveValue('com.example.kept:/cb');
    expect(screen.getByRole('checkbox', { name: /^Refresh token/ })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Create the client now' }));
    await waitFor(() => expect(history.location.pathname).toBe('/clients/kept-through-sign-in'));
    expect(await screen.findByText('Created Kept app.')).toBeInTheDocument();
    // the create that got the 401, then the same body again after sign-in
    expect(creates).toHaveLength(2);
    expect(creates[1]).toEqual(creates[0]);
    expect(creates[1]).toMatchObject({ client_id: 'kept-through-sign-in', name: 'Kept app', grant_types: ['authorization_code'] });

    // created: the draft is gone, a new form of the same kind starts from the defaults
    history.push('/clients/new?kind=spa');
    await screen.findByRole('form', { name: 'New client settings' });
    expect(input('Name')).toHaveValue('');
    expect(screen.queryByText(/What you typed was kept/)).not.toBeInTheDocument();
  });

  it('forgets the typed values when the admin leaves on purpose or discards them', async () => {
    server.use(
      http.post(CLIENTS_URL, () => HttpResponse.json({ code: 401, message: 'token expired' }, { status: 401 }), { once: true }),
    );
    const { user, history } = await openForm('machine');
    await user.type(input('Name'), 'Left behind');
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    await screen.findByText(/Your session has expired/);
    await user.click(screen.getByRole('button', { name: 'Use an access token instead' }));
    await user.type(screen.getByLabelText('API base URL'), 'http://authms.test');
    await user.type(screen.getByLabelText('Admin access token'), 'demo-admin-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/What you typed was kept/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Discard what I typed' }));
    expect(input('Name')).toHaveValue('');
    expect(screen.queryByText(/What you typed was kept/)).not.toBeInTheDocument();

    await user.type(input('Name'), 'Typed again');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave and discard changes' }));
    await waitFor(() => expect(history.location.pathname).toBe('/clients'));
    history.push('/clients/new?kind=machine');
    await screen.findByRole('form', { name: 'New client settings' });
    expect(input('Name')).toHaveValue('');
    expect(screen.queryByText(/What you typed was kept/)).not.toBeInTheDocument();
  });
});

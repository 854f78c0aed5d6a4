import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { DEFAULT_TOKEN_CONFIG, setTokenConfig, tokenConfigOf } from '@/mocks/db';
import { DEMO_TENANT_ID } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { clearAllDrafts } from '@/lib/drafts';
import { renderApp } from '@/test/renderApp';

const CONFIG = '*/session/api/v1/admin/tokens/config';

async function openLifetimes() {
  const app = await renderApp('/settings/tokens');
  const access = await screen.findByRole('textbox', { name: 'Access token lifetime' });
  return { ...app, access };
}

/** The bodies of the PUT requests sent to the config route. */
function recordPuts() {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT' && request.url.endsWith('/admin/tokens/config')) void request.clone().json().then((b) => bodies.push(b));
  });
  return bodies;
}

afterEach(() => {
  server.events.removeAllListeners();
  clearAllDrafts(); // an unmounted form leaves its draft behind, as a sign-out would
});

describe('Token and session lifetimes', () => {
  it('shows each lifetime in human units with its seconds, lists the changes, and sends only what changed', async () => {
    const puts = recordPuts();
    const { user, access } = await openLifetimes();
    expect(access).toHaveValue('1');
    expect(screen.getByRole('combobox', { name: 'Unit of Access token lifetime' })).toHaveValue('hours');
    expect(screen.getByText(/= 3,600 s;/, { selector: '#lt-access_token_ttl-hint' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Refresh token lifetime' })).toHaveValue('14');
    expect(screen.getByRole('switch', { name: /Rotate refresh tokens/ })).toBeChecked();

    await user.clear(access);
    await user.type(access, '30');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit of Access token lifetime' }), 'minutes');
    await user.click(screen.getByRole('switch', { name: /Rotate refresh tokens/ }));
    const changes = screen.getByRole('region', { name: '2 changes' });
    expect(within(changes).getByText(/Access token lifetime: 1 hour →/)).toHaveTextContent('Access token lifetime: 1 hour → 30 minutes');
    expect(within(changes).getByText(/Rotate refresh tokens/)).toHaveTextContent('on → off');

    await user.click(screen.getByRole('button', { name: 'Save 2 changes' }));
    expect(await screen.findByText('Lifetimes saved.')).toBeInTheDocument();
    expect(puts).toEqual([{ access_token_ttl: 1800, refresh_token_rotation: false }]);
    expect(tokenConfigOf(DEMO_TENANT_ID)).toMatchObject({ access_token_ttl: 1800, refresh_token_rotation: false });
    expect(screen.getByText('No changes yet.')).toBeInTheDocument();
  });

  it('says each rule at its field and sends nothing while one is broken', async () => {
    const puts = recordPuts();
    const { user } = await openLifetimes();
    const refresh = screen.getByRole('textbox', { name: 'Refresh token lifetime' });
    await user.clear(refresh);
    await user.type(refresh, '60');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit of Refresh token lifetime' }), 'minutes');
    const idle = screen.getByRole('textbox', { name: 'Session idle time-out' });
    await user.clear(idle);
    await user.type(idle, '1.5');
    const sessions = screen.getByRole('textbox', { name: 'Maximum sessions per user' });
    await user.clear(sessions);
    await user.type(sessions, '5000');
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    expect(await screen.findByText('Must be longer than the access token lifetime.')).toBeInTheDocument();
    expect(screen.getByText('Enter a whole number (no decimals, no sign).')).toBeInTheDocument();
    expect(screen.getByText('At most 1000.')).toBeInTheDocument();
    expect(refresh).toHaveAttribute('aria-invalid', 'true');
    expect(puts).toEqual([]);
  });

  it("puts the server's field violations at their inputs and keeps the edits", async () => {
    server.use(
      http.put(CONFIG, () =>
        HttpResponse.json(
          { status: 400, title: 'Bad Request', detail: 'invalid', errors: [{ field: 'device_code_ttl', code: 'range', description: 'too short for TVs' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await openLifetimes();
    const device = screen.getByRole('textbox', { name: 'Device code lifetime' });
    await user.clear(device);
    await user.type(device, '2');
    await user.click(screen.getByRole('button', { name: 'Save 1 change' }));
    expect(await screen.findByText('The server said: too short for TVs')).toBeInTheDocument();
    expect(device).toHaveValue('2');
  });

  it('asks before overwriting a change someone else saved meanwhile', async () => {
    const puts = recordPuts();
    const { user, access } = await openLifetimes();
    setTokenConfig(DEMO_TENANT_ID, { ...DEFAULT_TOKEN_CONFIG, access_token_ttl: 900, id_token_ttl: 600 });
    await user.clear(access);
    await user.type(access, '2');
    await user.click(screen.getByRole('button', { name: 'Save 1 change' }));
    const dialog = await screen.findByRole('dialog', { name: 'The lifetimes were changed by someone else' });
    const rows = within(dialog).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['Access token lifetimeyou changed this too1 hour15 minutes', 'ID token lifetime1 hour10 minutes']);
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    expect(await screen.findByText('Lifetimes saved.')).toBeInTheDocument();
    expect(puts).toEqual([{ access_token_ttl: 7200 }]);
    expect(tokenConfigOf(DEMO_TENANT_ID)).toMatchObject({ access_token_ttl: 7200, id_token_ttl: 600 });
  });

  it('resets to the defaults after a confirmation', async () => {
    setTokenConfig(DEMO_TENANT_ID, { ...DEFAULT_TOKEN_CONFIG, access_token_ttl: 900 });
    const { user, access } = await openLifetimes();
    expect(access).toHaveValue('15');
    await user.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    const dialog = await screen.findByRole('dialog', { name: "Reset every lifetime to the server's defaults?" });
    await user.click(within(dialog).getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect(access).toHaveValue('1'));
    expect(tokenConfigOf(DEMO_TENANT_ID)).toEqual(DEFAULT_TOKEN_CONFIG);
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, access, history } = await openLifetimes();
    await user.type(access, '2');
    await user.click(screen.getByRole('link', { name: 'Tokens' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(within(dialog).getByText('1 unsaved change is lost if you leave now.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(history.location.pathname).toBe('/settings/tokens');
    expect(access).toHaveValue('12');
  });

  it('says in place when the server offers no lifetime settings', async () => {
    server.use(http.get(CONFIG, () => HttpResponse.json({ status: 405, title: 'Method Not Allowed' }, { status: 405 })));
    await renderApp('/settings/tokens');
    expect(await screen.findByText('This server does not offer token lifetime settings.')).toBeInTheDocument();
  });
});

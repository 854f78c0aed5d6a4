import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { findSessions, findTrustedDevices } from '@/mocks/db';
import { DEMO_TENANT_ID } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

/** A demo user with active sessions and a trusted device. */
function richUser() {
  const now = Date.now();
  const trusted = findTrustedDevices(DEMO_TENANT_ID, {}, now);
  const user = trusted.map((d) => d.user_id).find((id) => findSessions(DEMO_TENANT_ID, { user_id: id, status: 'active' }, now).length > 0);
  if (!user) throw new Error('the seed has no user with an active session and a trusted device');
  return {
    userId: user,
    active: () => findSessions(DEMO_TENANT_ID, { user_id: user, status: 'active' }, Date.now()).length,
    trusted: () => findTrustedDevices(DEMO_TENANT_ID, { user_id: user }, Date.now()),
  };
}

function recordWrites() {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'GET') seen.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  return seen;
}

afterEach(() => {
  server.events.removeAllListeners();
});

describe('User at a glance', () => {
  it("shows the user's active sessions, token counts and newest tokens, trusted devices and device logins", async () => {
    const { userId, active, trusted } = richUser();
    const count = active();
    await renderApp(`/users/${userId}`);
    expect(await screen.findByRole('heading', { level: 1, name: userId })).toBeInTheDocument();
    const sessions = screen.getByRole('region', { name: 'Active sessions' });
    expect(await within(sessions).findByText(new RegExp(`^${count} active sessions?`))).toBeInTheDocument();
    expect(within(sessions).getByRole('table', { name: `Active sessions of ${userId}` })).toBeInTheDocument();
    expect(within(sessions).getByRole('link', { name: 'All sessions of this user' })).toHaveAttribute('href', `/sessions?user_id=${userId}`);

    const tokens = screen.getByRole('region', { name: 'Tokens' });
    expect(await within(tokens).findByRole('table', { name: `Tokens of ${userId} by type and status` })).toBeInTheDocument();

    const devices = screen.getByRole('region', { name: 'Trusted devices' });
    const table = await within(devices).findByRole('table', { name: `Trusted devices of ${userId}` });
    expect(within(table).getAllByRole('row')).toHaveLength(trusted().length + 1);

    const logins = screen.getByRole('region', { name: 'Device logins' });
    expect(await within(logins).findByText(/^The device list has no user filter/)).toBeInTheDocument();
  });

  it('signs the user out everywhere: every session ended, then both token routes, each step shown', async () => {
    const writes = recordWrites();
    const { userId, active } = richUser();
    const count = active();
    const { user } = await renderApp(`/users/${userId}`);
    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere…' }));
    const dialog = await screen.findByRole('dialog', { name: `Sign ${userId} out everywhere?` });
    expect(dialog).toHaveTextContent('Ending sessions alone leaves issued access tokens valid until they expire');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    const steps = await within(dialog).findByRole('list', { name: 'Each step and its outcome' });
    await waitFor(() => expect(within(steps).getAllByText('Done')).toHaveLength(3));
    expect(steps).toHaveTextContent(`${count} session${count === 1 ? '' : 's'} ended`);
    expect(within(dialog).getByText(`${userId} is signed out everywhere.`)).toBeInTheDocument();
    expect(writes).toEqual([
      `DELETE /session/api/v1/admin/sessions/user/${userId}`,
      'POST /session/api/v1/admin/tokens/revoke-all',
      `DELETE /oauth/api/v1/admin/oauth/tokens/user/${userId}`,
    ]);
    expect(active()).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const sessions = screen.getByRole('region', { name: 'Active sessions' });
    expect(await within(sessions).findByText('No active sessions.')).toBeInTheDocument();
  });

  it('forgets a trusted device after saying the next sign-in from it asks for MFA again', async () => {
    const writes = recordWrites();
    const { userId, trusted } = richUser();
    const [device] = trusted();
    const { user } = await renderApp(`/users/${userId}`);
    const section = await screen.findByRole('region', { name: 'Trusted devices' });
    await user.click(await within(section).findByRole('button', { name: `Forget the device ${device!.name} (${device!.device_id})` }));
    const dialog = await screen.findByRole('dialog', { name: `Forget ${device!.name}?` });
    expect(dialog).toHaveTextContent('the next sign-in from it asks for multi-factor authentication again');
    await user.click(within(dialog).getByRole('button', { name: 'Forget device' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(writes).toEqual([`DELETE /session/api/v1/admin/trusted-devices/${device!.id}`]);
    expect(trusted().some((d) => d.id === device!.id)).toBe(false);
  });

  it('says in place which parts this server does not offer, and shows the rest', async () => {
    const { userId } = richUser();
    server.use(
      http.get('*/session/api/v1/admin/trusted-devices', () => HttpResponse.json({ status: 404, title: 'Not Found' }, { status: 404 })),
      http.get('*/session/api/v1/admin/sessions', () => new HttpResponse(null, { status: 501 })),
    );
    await renderApp(`/users/${userId}`);
    expect(await screen.findByText('This server does not offer trusted devices.')).toBeInTheDocument();
    expect(await screen.findByText('This server does not offer sessions.')).toBeInTheDocument();
    const tokens = screen.getByRole('region', { name: 'Tokens' });
    expect(await within(tokens).findByRole('table', { name: `Tokens of ${userId} by type and status` })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

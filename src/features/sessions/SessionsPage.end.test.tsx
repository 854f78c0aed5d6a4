import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { findSessions, getMockDb, sessionStatus } from '@/mocks/db';
import { DEMO_TENANT_ID } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const caption = 'Sessions of the tenant';

async function tableRows() {
  const table = await screen.findByRole('table', { name: caption });
  await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
  return within(table).getAllByRole('row').slice(1);
}

/** The method and path of every write the page sends. */
function recordWrites() {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'GET') seen.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  return seen;
}

/** A user of the demo tenant with at least two active sessions. */
function userWithActiveSessions() {
  const byUser = new Map<string, number>();
  for (const s of findSessions(DEMO_TENANT_ID, { status: 'active' }, Date.now())) byUser.set(s.user_id, (byUser.get(s.user_id) ?? 0) + 1);
  const found = [...byUser].find(([, n]) => n >= 2);
  if (!found) throw new Error('the seed has no user with two active sessions');
  return { userId: found[0], count: found[1] };
}

const activeOf = (userId: string) => findSessions(DEMO_TENANT_ID, { user_id: userId, status: 'active' }, Date.now()).length;

afterEach(() => {
  server.events.removeAllListeners();
});

describe('Sessions page: ending', () => {
  it("ends one session and, in the same flow, revokes its user's tokens, reporting each step", async () => {
    const writes = recordWrites();
    const { userId } = userWithActiveSessions();
    const { user } = await renderApp(`/sessions?user_id=${userId}&status=active`);
    const rows = await tableRows();
    const row = rows[0]!;
    const endButton = within(row).getByRole('button', { name: /^End session ses_/ });
    const id = (endButton.getAttribute('aria-label') ?? '').replace('End session ', '');
    await user.click(endButton);

    const dialog = await screen.findByRole('dialog', { name: 'End this session?' });
    expect(dialog).toHaveTextContent(`Session ${id} of ${userId} ends now`);
    expect(dialog).toHaveTextContent('Access tokens already issued under it stay valid until they expire');
    await user.click(within(dialog).getByRole('checkbox', { name: `Also revoke every token of ${userId}` }));
    await user.click(within(dialog).getByRole('button', { name: 'End session and revoke tokens' }));

    const steps = await within(dialog).findByRole('list', { name: 'Each step and its outcome' });
    await waitFor(() => expect(within(steps).getAllByText('Done')).toHaveLength(3));
    expect(steps).toHaveTextContent(`End session ${id}`);
    expect(steps).toHaveTextContent('1 session ended');
    expect(steps).toHaveTextContent(`Revoke the session tokens of ${userId}`);
    expect(steps).toHaveTextContent(`Revoke the OAuth tokens of ${userId}`);
    expect(writes).toEqual([
      'DELETE /session/api/v1/admin/sessions/bulk',
      'POST /session/api/v1/admin/tokens/revoke-all',
      `DELETE /oauth/api/v1/admin/oauth/tokens/user/${userId}`,
    ]);
    const ended = getMockDb().sessions.find((s) => s.id === id);
    expect(ended && sessionStatus(ended, Date.now())).toBe('revoked');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('ends every session of a user from the filtered list, with the tokens too; the rows and the count follow', async () => {
    const writes = recordWrites();
    const { userId } = userWithActiveSessions();
    const before = findSessions(DEMO_TENANT_ID, { status: 'active' }, Date.now()).length;
    const userActive = activeOf(userId);
    const { user } = await renderApp(`/sessions?user_id=${userId}`);
    await tableRows();
    expect(await screen.findByText(before.toLocaleString('en'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `End every session of ${userId}…` }));
    const dialog = await screen.findByRole('dialog', { name: `End every session of ${userId}?` });
    expect(dialog).toHaveTextContent('stay valid until they expire');
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'End all sessions and revoke tokens' }));
    const steps = await within(dialog).findByRole('list', { name: 'Each step and its outcome' });
    await waitFor(() => expect(within(steps).getAllByText('Done')).toHaveLength(3));
    expect(steps).toHaveTextContent(`${userActive} sessions ended`);
    expect(writes).toEqual([
      `DELETE /session/api/v1/admin/sessions/user/${userId}`,
      'POST /session/api/v1/admin/tokens/revoke-all',
      `DELETE /oauth/api/v1/admin/oauth/tokens/user/${userId}`,
    ]);
    expect(activeOf(userId)).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    // the count follows: every end invalidates it
    expect(await screen.findByText((before - userActive).toLocaleString('en'))).toBeInTheDocument();
    const table = screen.getByRole('table', { name: caption });
    await waitFor(() => expect(within(table).queryAllByText('Active', { exact: true })).toHaveLength(0));
  });

  it("says when the server refused to end a user's sessions, puts their rows back, and still revokes the tokens", async () => {
    const { userId } = userWithActiveSessions();
    server.use(
      http.delete('*/session/api/v1/admin/sessions/user/:userId', () =>
        HttpResponse.json({ title: 'Conflict', status: 409, detail: 'sessions are locked', request_id: 'req_locked' }, { status: 409 }),
      ),
    );
    const { user } = await renderApp(`/sessions?user_id=${userId}&status=active`);
    const rows = await tableRows();
    await user.click(screen.getByRole('button', { name: `End every session of ${userId}…` }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'End all sessions and revoke tokens' }));
    const steps = await within(dialog).findByRole('list', { name: 'Each step and its outcome' });
    await waitFor(() => expect(within(steps).getAllByText('Done')).toHaveLength(2));
    expect(within(steps).getByText('Failed')).toBeInTheDocument();
    expect(steps).toHaveTextContent('sessions are locked');
    expect(steps).toHaveTextContent('req_locked');
    expect(within(dialog).getByRole('button', { name: 'Run again' })).toBeInTheDocument();
    for (const row of rows) expect(within(row).getByText('Active')).toBeInTheDocument();
  });

  it('purges expired sessions after a confirmation that says what it removes and what it leaves', async () => {
    const writes = recordWrites();
    const expired = findSessions(DEMO_TENANT_ID, { status: 'expired' }, Date.now()).length;
    expect(expired).toBeGreaterThan(0);
    const { user } = await renderApp('/sessions?status=expired');
    await tableRows();
    await user.click(screen.getByRole('button', { name: 'Purge expired sessions…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Purge expired sessions?' });
    expect(dialog).toHaveTextContent('Deletes every expired session of this tenant for good');
    expect(dialog).toHaveTextContent('Active sessions and those ended by an administrator stay; no token is revoked.');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Purge expired sessions' }));
    expect(await screen.findByText(`Purged ${expired} expired sessions.`)).toBeInTheDocument();
    expect(writes).toEqual(['DELETE /session/api/v1/admin/sessions/expired']);
    expect(await screen.findByText('No sessions match these filters.')).toBeInTheDocument();
  });

  it('says in the dialog when the server has no purge route', async () => {
    server.use(http.delete('*/session/api/v1/admin/sessions/expired', () => HttpResponse.json({ status: 405, title: 'Method Not Allowed' }, { status: 405 })));
    const { user } = await renderApp('/sessions');
    await tableRows();
    await user.click(screen.getByRole('button', { name: 'Purge expired sessions…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Purge expired sessions?' });
    await user.click(within(dialog).getByRole('button', { name: 'Purge expired sessions' }));
    expect(await within(dialog).findByText('This server does not offer purging.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Purge expired sessions' })).toBeDisabled();
  });
});

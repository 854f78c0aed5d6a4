import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { findBlacklist } from '@/mocks/db';
import { DEMO_TENANT_ID } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const BLACKLIST_URL = '*/session/api/v1/admin/tokens/blacklist';
const caption = 'Blacklisted tokens';

async function tableRows() {
  const table = await screen.findByRole('table', { name: caption });
  await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
  return within(table).getAllByRole('row').slice(1);
}

const rowOf = (token: string) => within(screen.getByRole('table', { name: caption, hidden: true })).queryByText(token)?.closest('tr');

describe('Token blacklist', () => {
  it('lists the entries paged, in the sessions area, with hostile reasons as text', async () => {
    const entries = findBlacklist(DEMO_TENANT_ID);
    await renderApp('/sessions/blacklist');
    const rows = await tableRows();
    expect(rows).toHaveLength(Math.min(20, entries.length));
    expect(screen.getByText(`1–${Math.min(20, entries.length)} of ${entries.length}`)).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Sessions area' });
    expect(within(tabs).getByRole('link', { name: 'Token blacklist' })).toHaveAttribute('aria-current', 'page');
    const hostile = entries.slice(0, 20).find((e) => e.reason.includes('<img'));
    if (hostile) expect(screen.getByTitle(hostile.reason)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('lifts an entry after a confirmation that says the token works again until it expires', async () => {
    const [entry] = findBlacklist(DEMO_TENANT_ID);
    const deleted: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'DELETE') deleted.push(new URL(request.url).pathname);
    });
    const { user } = await renderApp('/sessions/blacklist');
    await tableRows();
    await user.click(screen.getByRole('button', { name: `Lift the blacklist entry of token ${entry!.token_id}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Lift this blacklist entry?' });
    expect(dialog).toHaveTextContent(`Token ${entry!.token_id} of ${entry!.user_id} is accepted again until it expires`);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Lift entry' }));
    expect(await screen.findByText(`Blacklist entry ${entry!.id} lifted.`)).toBeInTheDocument();
    expect(deleted).toEqual([`/session/api/v1/admin/tokens/blacklist/${entry!.id}`]);
    expect(rowOf(entry!.token_id)).toBeFalsy();
    expect(findBlacklist(DEMO_TENANT_ID).some((e) => e.id === entry!.id)).toBe(false);
    server.events.removeAllListeners();
  });

  it('puts a refused entry back and says why in the dialog', async () => {
    const [entry] = findBlacklist(DEMO_TENANT_ID);
    server.use(
      http.delete(`${BLACKLIST_URL}/:id`, () =>
        HttpResponse.json({ title: 'Internal', status: 500, detail: 'blacklist store unavailable', request_id: 'req_bl' }, { status: 500 }),
      ),
    );
    const { user } = await renderApp('/sessions/blacklist');
    await tableRows();
    await user.click(screen.getByRole('button', { name: `Lift the blacklist entry of token ${entry!.token_id}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Lift this blacklist entry?' });
    await user.click(within(dialog).getByRole('button', { name: 'Lift entry' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('blacklist store unavailable');
    await waitFor(() => expect(rowOf(entry!.token_id)).toBeTruthy());
  });

  it('says so in place when the server has no blacklist route', async () => {
    server.use(http.get(BLACKLIST_URL, () => HttpResponse.json({ status: 405, title: 'Method Not Allowed' }, { status: 405 })));
    await renderApp('/sessions/blacklist');
    expect(await screen.findByText('This server does not offer the token blacklist.')).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Sessions area' });
    expect(within(tabs).getByRole('link', { name: 'Sessions' })).toHaveAttribute('href', '/sessions');
  });
});

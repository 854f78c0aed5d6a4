import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { getMockDb } from '@/mocks/db';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const DEVICE_URL = '*/oauth/api/v1/admin/oauth/devices/:deviceCode';

async function tableRows() {
  const table = await screen.findByRole('table', { name: 'Device sessions of the tenant' });
  await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
  return within(table).getAllByRole('row').slice(1);
}

/** The row of a user code; `hidden`: a modal dialog hides the page from the accessibility tree while it is open. */
const rowOf = (code: string) => screen.getByRole('link', { name: `${code}: show details`, hidden: true }).closest('tr')!;

/** The first pending session of the demo tenant that is on the first page of the pending filter. */
function pendingSession() {
  const pending = getMockDb()
    .devices.filter((d) => d.tenant_id === 'tenant_demo' && d.status === 'pending' && d.expires_at > Date.now())
    .sort((a, b) => b.created_at - a.created_at);
  return pending[0]!;
}

/** Holds DELETE answers until released, so the optimistic state can be seen; without `answer`, the mock answers. */
function gateDeletes(answer?: () => Response) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.delete(DEVICE_URL, async () => {
      await gate;
      return answer?.();
    }),
  );
  return () => release();
}

describe('Ending a device session', () => {
  it('offers "End session" on pending rows only', async () => {
    await renderApp('/devices?page_size=100');
    const rows = await tableRows();
    for (const row of rows) {
      const status = within(row).getAllByText(/^(Pending|Authorized|Denied|Expired)$/)[0]!.textContent;
      const end = within(row).queryByRole('button', { name: /^End session/ });
      if (status === 'Pending') expect(end).toBeInTheDocument();
      else expect(end).not.toBeInTheDocument();
    }
    expect(rows.some((row) => within(row).queryByRole('button', { name: /^End session/ }))).toBe(true);
  });

  it('confirms naming the user code and client, shows "Denied" at once, and it stays denied', async () => {
    const target = pendingSession();
    const release = gateDeletes();
    const { user } = await renderApp('/devices?status=pending');
    await tableRows();
    await user.click(within(rowOf(target.user_code)).getByRole('button', { name: `End session ${target.user_code}` }));

    const dialog = await screen.findByRole('dialog', { name: `End device session ${target.user_code}?` });
    expect(dialog).toHaveTextContent(new RegExp(`The device showing ${target.user_code} for .+ \\(${target.client_id}\\) can no longer be approved`));
    await user.click(within(dialog).getByRole('button', { name: 'End session' }));

    // optimistic: the row says so while the server has not answered yet
    await waitFor(() => expect(within(rowOf(target.user_code)).getByText('Denied')).toBeInTheDocument());
    expect(within(rowOf(target.user_code)).queryByRole('button', { name: /^End session/, hidden: true })).not.toBeInTheDocument();
    release();

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(`Session ${target.user_code} ended: it is denied.`)).toBeInTheDocument();
    expect(getMockDb().devices.find((d) => d.device_code === target.device_code)?.status).toBe('denied');
    // the pending list refetched: the ended session has left it
    await waitFor(() => expect(screen.queryByRole('link', { name: `${target.user_code}: show details` })).not.toBeInTheDocument());
  });

  it('rolls back and shows the server’s message when the server refuses', async () => {
    const target = pendingSession();
    const release = gateDeletes(() =>
      HttpResponse.json({ code: 409, message: 'device session is already authorized' }, { status: 409 }),
    );
    const { user } = await renderApp('/devices?status=pending');
    await tableRows();
    await user.click(within(rowOf(target.user_code)).getByRole('button', { name: `End session ${target.user_code}` }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'End session' }));
    await waitFor(() => expect(within(rowOf(target.user_code)).getByText('Denied')).toBeInTheDocument());
    release();

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('device session is already authorized');
    expect(alert).toHaveTextContent('409');
    expect(within(dialog).getByText('The session was not ended; its row shows its status as before.')).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf(target.user_code)).getByText('Pending')).toBeInTheDocument());
    expect(within(rowOf(target.user_code)).queryByText('Denied')).not.toBeInTheDocument();
  });

  it('ends a session from its detail panel, which then shows it denied without the action', async () => {
    const target = pendingSession();
    const { user } = await renderApp(`/devices?session=${target.device_code}`);
    const panel = await screen.findByRole('dialog', { name: `Device session ${target.user_code}` });
    await user.click(within(panel).getByRole('button', { name: `End session ${target.user_code}` }));
    const confirm = await screen.findByRole('dialog', { name: `End device session ${target.user_code}?` });
    await user.click(within(confirm).getByRole('button', { name: 'End session' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^End device session/ })).not.toBeInTheDocument());
    await waitFor(() => expect(within(panel).getByText('Denied')).toBeInTheDocument());
    expect(within(panel).queryByRole('button', { name: /^End session/ })).not.toBeInTheDocument();
    expect(getMockDb().devices.find((d) => d.device_code === target.device_code)?.status).toBe('denied');
  });

  it('offers no action in the panel of a session that is not pending', async () => {
    const done = getMockDb().devices.find((d) => d.tenant_id === 'tenant_demo' && d.status === 'authorized')!;
    await renderApp(`/devices?session=${done.device_code}`);
    const panel = await screen.findByRole('dialog', { name: `Device session ${done.user_code}` });
    expect(within(panel).getByText('Authorized')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /^End session/ })).not.toBeInTheDocument();
  });
});

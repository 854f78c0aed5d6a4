import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { getMockDb } from '@/mocks/db';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const DEVICES_URL = '*/oauth/api/v1/admin/oauth/devices';
const CLIENTS_URL = '*/oauth/api/v1/admin/oauth/clients';

/** Every device list request the page sends, as its query parameters. */
function recordDeviceRequests(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/admin/oauth/devices')) seen.push(url.searchParams);
  });
  return seen;
}
const listRequests = (seen: URLSearchParams[]) => seen.filter((p) => p.get('page_size') !== '1');

async function tableRows() {
  const table = await screen.findByRole('table', { name: 'Device sessions of the tenant' });
  await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
  return within(table).getAllByRole('row').slice(1);
}

function session(overrides: Record<string, unknown>) {
  return {
    device_code: '01JRZ3NDEKTSV4RRFFQ69G5FAV',
    user_code: 'BDJW-DSXQ',
    client_id: 'acme-smart-tv',
    scope: 'openid profile offline_access media.play',
    status: 'pending',
    interval: 5,
    poll_count: 12,
    created_at: new Date(Date.now() - 60_000).toISOString(),
    updated_at: new Date(Date.now() - 5_000).toISOString(),
    expires_at: new Date(Date.now() + 14 * 60_000).toISOString(),
    ...overrides,
  };
}

function answerDevices(items: unknown[]) {
  server.use(
    http.get(DEVICES_URL, () =>
      HttpResponse.json({
        code: 0,
        message: 'ok',
        items,
        total: items.length,
        pagination: { page: 1, page_size: 20, total: items.length, total_pages: 1, has_next: false, has_prev: false },
      }),
    ),
  );
}

afterEach(() => {
  server.events.removeAllListeners();
  vi.useRealTimers();
});

describe('Device sessions page', () => {
  it('lists sessions with every column: user code, client name linked, scope chips, polls, countdown', async () => {
    await renderApp('/devices?status=pending');
    const rows = await tableRows();
    expect(rows.length).toBeGreaterThan(0);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['User code', 'Client', 'User', 'Scope', 'Status', 'Polls', 'Created', 'Updated', 'Expires', 'Actions']);
    const row = rows[0]!;
    const codeLink = within(row).getByRole('link', { name: /^[B-Z]{4}-[B-Z]{4}: show details$/ });
    expect(codeLink.querySelector('code')?.textContent).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
    const client = await within(row).findByRole('link', { name: /Smart TV App|Acme CLI|Game Console/ });
    expect(client.getAttribute('href')).toMatch(/^\/clients\/[a-z-]+$/);
    expect(within(row).getByText('Pending')).toBeInTheDocument();
    expect(within(row).getByText('openid')).toBeInTheDocument();
    expect(within(row).getByText(/\d+ polls?/)).toBeInTheDocument();
    expect(within(row).getByText('· every 5 s')).toBeInTheDocument();
    expect(within(row).getByText(/^in \d{1,2}:\d{2}$/)).toBeInTheDocument();
  });

  it('maps the status control and the client picker to the URL and to the query it sends', async () => {
    const requests = recordDeviceRequests();
    const { user, history } = await renderApp('/devices?page=2');
    await tableRows();

    const group = screen.getByRole('radiogroup', { name: 'Status' });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    await user.click(within(group).getByRole('radio', { name: /^Denied/ }));
    await waitFor(() => expect(history.location.search).toContain('status=denied'));
    expect(history.location.search).not.toContain('page=2');

    const picker = screen.getByRole('combobox', { name: 'Client' });
    await waitFor(() => expect(within(picker).getByRole('option', { name: 'Acme CLI (acme-cli)' })).toBeInTheDocument());
    await user.selectOptions(picker, 'acme-cli');
    await waitFor(() => expect(history.location.search).toContain('client_id=acme-cli'));

    await waitFor(() =>
      expect(listRequests(requests).map((p) => p.toString())).toContain('page=1&page_size=20&status=denied&client_id=acme-cli'),
    );
    await waitFor(async () => {
      for (const row of await tableRows()) {
        expect(within(row).getByText('Denied')).toBeInTheDocument();
        expect(within(row).getByRole('link', { name: 'Acme CLI' })).toBeInTheDocument();
      }
    });
    expect(within(group).getByRole('radio', { name: /^Denied/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(history.location.search).toBe(''));
    expect(within(group).getByRole('radio', { name: /^All/ })).toBeChecked();
  });

  it('moves through the status options with the arrow keys', async () => {
    const { user, history } = await renderApp('/devices');
    await tableRows();
    await user.click(screen.getByRole('radio', { name: /^All/ }));
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(history.location.search).toBe('?status=pending'));
    expect(screen.getByRole('radio', { name: /^Pending/ })).toHaveFocus();
  });

  it('counts each status with one-item pages that keep the client filter', async () => {
    const requests = recordDeviceRequests();
    await renderApp('/devices?client_id=acme-smart-tv&status=pending');
    const rows = await tableRows();
    const pending = screen.getByRole('radio', { name: /^Pending/ });
    await waitFor(() => expect(pending).toHaveAccessibleName(`Pending, ${rows.length}`));
    const countRequests = requests.filter((p) => p.get('page_size') === '1').map((p) => p.toString());
    expect(countRequests).toEqual(
      expect.arrayContaining([
        'page=1&page_size=1&client_id=acme-smart-tv',
        'page=1&page_size=1&status=pending&client_id=acme-smart-tv',
        'page=1&page_size=1&status=authorized&client_id=acme-smart-tv',
        'page=1&page_size=1&status=denied&client_id=acme-smart-tv',
        'page=1&page_size=1&status=expired&client_id=acme-smart-tv',
      ]),
    );
  });

  it('counts a pending session down and shows it expired at zero, without a new request', async () => {
    const start = Date.parse('2026-04-15T10:30:00Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    const expiresAt = new Date(start + 90_000).toISOString();
    answerDevices([session({ expires_at: expiresAt })]);
    const requests = recordDeviceRequests();
    await renderApp('/devices');
    const [row] = await tableRows();
    expect(within(row!).getByText('in 1:30')).toBeInTheDocument();

    act(() => vi.setSystemTime(start + 61_000));
    expect(await within(row!).findByText('in 0:29')).toBeInTheDocument();
    const sent = listRequests(requests).length;

    act(() => vi.setSystemTime(start + 90_000));
    await waitFor(() => expect(within(row!).getAllByText('Expired')).toHaveLength(2));
    expect(within(row!).queryByText('Pending')).not.toBeInTheDocument();
    expect(listRequests(requests)).toHaveLength(sent);
  });

  it('refreshes itself while a session is pending, highlights the row whose status changed, and can pause', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const requests = recordDeviceRequests();
    const { user } = await renderApp('/devices?page_size=10');
    await tableRows();
    expect(screen.getByText('Live · every 5 s')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Auto-refresh' })).toBeChecked();

    const target = getMockDb().devices.find((d) => d.tenant_id === 'tenant_demo' && d.status === 'pending');
    // …the user approves on their phone:
    target!.status = 'authorized';
    target!.user_id = 'usr_approver';
    const before = listRequests(requests).length;
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    await waitFor(() => expect(listRequests(requests).length).toBeGreaterThan(before));

    await waitFor(() => expect(screen.getByTestId('status-changes')).toHaveTextContent(`${target!.user_code} is now Authorized`));
    const changedRow = screen.getByRole('link', { name: `${target!.user_code}: show details` }).closest('tr')!;
    expect(changedRow).toHaveClass('row-changed');
    expect(within(changedRow).getByText('Authorized')).toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: 'Auto-refresh' }));
    expect(screen.getByRole('switch', { name: 'Auto-refresh' })).not.toBeChecked();
    expect(screen.getByText('Paused')).toBeInTheDocument();
    const whilePaused = listRequests(requests).length;
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(listRequests(requests)).toHaveLength(whilePaused);
  });

  it('stops refreshing while the tab is hidden, and says so', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const requests = recordDeviceRequests();
    await renderApp('/devices?status=pending');
    await tableRows();
    const hide = (hidden: boolean) =>
      act(() => {
        Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
    try {
      hide(true);
      expect(screen.getByText('Paused while this tab is hidden')).toBeInTheDocument();
      const sent = listRequests(requests).length;
      await act(() => vi.advanceTimersByTimeAsync(20_000));
      expect(listRequests(requests)).toHaveLength(sent);
    } finally {
      hide(false);
    }
    expect(screen.getByText('Live · every 5 s')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    await waitFor(() => expect(listRequests(requests).length).toBeGreaterThan(1));
  });

  it('does not refresh when no pending session is on screen', async () => {
    await renderApp('/devices?status=authorized');
    await tableRows();
    expect(screen.getByText('Not refreshing: no pending session on screen')).toBeInTheDocument();
  });

  it('shows the id of a client that no longer exists, not an error', async () => {
    answerDevices([session({ client_id: 'deleted-kiosk', status: 'denied', user_id: 'usr_a' })]);
    await renderApp('/devices');
    const [row] = await tableRows();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Client' }).querySelectorAll('option').length).toBeGreaterThan(2));
    expect(within(row!).getByText('deleted-kiosk')).toBeInTheDocument();
    expect(within(row!).queryByRole('link', { name: 'deleted-kiosk' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('still lists sessions, by client id, when the clients cannot be loaded', async () => {
    server.use(http.get(CLIENTS_URL, () => HttpResponse.json({ code: 500, message: 'boom' }, { status: 500 })));
    await renderApp('/devices');
    const [row] = await tableRows();
    expect(await screen.findByText('Client names could not be loaded; client ids are shown instead.')).toBeInTheDocument();
    expect(within(row!).getByRole('link', { name: /^[a-z-]+$/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens a session’s details from its user code, keeps them in the URL and across a reload', async () => {
    answerDevices([session({})]);
    const { user, history, unmount } = await renderApp('/devices');
    await tableRows();
    await user.click(screen.getByRole('link', { name: 'BDJW-DSXQ: show details' }));
    await waitFor(() => expect(history.location.search).toContain('session=01JRZ3NDEKTSV4RRFFQ69G5FAV'));

    const dialog = await screen.findByRole('dialog', { name: 'Device session BDJW-DSXQ' });
    expect(within(dialog).getByText('01JRZ3NDEKTSV4RRFFQ69G5FAV')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy device code' })).toBeInTheDocument();
    expect(within(dialog).getByText(/The device code is a secret of the device/)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Smart TV App' })).toBeInTheDocument();
    expect(within(dialog).getByText('media.play')).toBeInTheDocument();
    expect(within(dialog).getByText('12')).toBeInTheDocument();
    expect(within(dialog).getByText('5 s')).toBeInTheDocument();
    // exact timestamps: as the server sent them, and in full local form with seconds
    expect(within(dialog).getAllByText(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/)).toHaveLength(3);
    expect(within(dialog).getAllByText(/\d{1,2}:\d{2}:\d{2}/).length).toBeGreaterThanOrEqual(6);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(history.location.search).not.toContain('session='));
    unmount();

    await renderApp('/devices?session=01JRZ3NDEKTSV4RRFFQ69G5FAV');
    expect(await screen.findByRole('dialog', { name: 'Device session BDJW-DSXQ' })).toBeInTheDocument();
  });

  it('says so when the session in the URL is not in the list', async () => {
    await renderApp('/devices?session=01ARZ3NDEKTSV4RRFFQ69G5FAV');
    const dialog = await screen.findByRole('dialog', { name: 'Device session' });
    expect(await within(dialog).findByText(/This session is not in the list on screen/)).toBeInTheDocument();
  });

  it('shows an empty state that names the filters', async () => {
    await renderApp('/devices?client_id=nobody-here&status=denied');
    expect(await screen.findByText('No device sessions match these filters.')).toBeInTheDocument();
    expect(screen.getByText('status Denied · client nobody-here')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Client' })).toHaveDisplayValue('nobody-here (unknown client)');
  });

  it('shows the error with status and a retry that works', async () => {
    let calls = 0;
    server.use(
      http.get(DEVICES_URL, ({ request }) => {
        if (new URL(request.url).searchParams.get('page_size') === '1') return undefined;
        calls += 1;
        if (calls > 1) return undefined;
        return HttpResponse.json({ code: 500, message: 'device store unavailable' }, { status: 500 });
      }),
    );
    const { user } = await renderApp('/devices');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/The server failed \(500\)/)).toBeInTheDocument();
    expect(within(alert).getByText(/device store unavailable/)).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect((await tableRows()).length).toBe(20);
  });

  it('keeps unknown statuses and missing fields readable', async () => {
    answerDevices([{ device_code: 'X1', status: 'quarantined' }, {}]);
    await renderApp('/devices');
    const rows = await tableRows();
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('quarantined')).toBeInTheDocument();
    expect(within(rows[1]!).getAllByText('—').length).toBeGreaterThan(3);
  });
});

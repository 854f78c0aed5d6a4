import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { DEMO_TENANT_ID } from '@/mocks/identities';
import { findSessions } from '@/mocks/db';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const SESSIONS_URL = '*/session/api/v1/admin/sessions';
const caption = 'Sessions of the tenant';

async function tableRows() {
  const table = await screen.findByRole('table', { name: caption });
  await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
  return within(table).getAllByRole('row').slice(1);
}

/** Every session list request the page sends, as its query parameters. */
function recordListRequests(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/admin/sessions')) seen.push(url.searchParams);
  });
  return seen;
}

/** An active session of the demo tenant with a user who has more than one active session. */
function activeUser() {
  const now = Date.now();
  const active = findSessions(DEMO_TENANT_ID, { status: 'active' }, now);
  const byUser = new Map<string, number>();
  for (const s of active) byUser.set(s.user_id, (byUser.get(s.user_id) ?? 0) + 1);
  const [userId] = [...byUser].find(([, n]) => n >= 2) ?? [];
  if (!userId) throw new Error('the seed has no user with two active sessions');
  return { userId, count: byUser.get(userId) ?? 0 };
}

/**
 * A tenant of `count` active sessions (user usr_<n % 3>) served page by page; the bulk end records each request's ids
 * and answers `answer(ids, index)` (default: `{data: {deleted}}`), and ended sessions list as revoked afterwards.
 */
function syntheticTenant(count: number, answer?: (ids: string[], index: number) => Response | undefined) {
  const ended = new Set<string>();
  const sessions = Array.from({ length: count }, (_, i) => ({
    id: `ses_${String(i).padStart(4, '0')}`,
    user_id: `usr_${i % 3}`,
    client_id: 'acme-web-portal',
    ip: '192.0.2.1',
    user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    location: { country: 'DE', city: 'Berlin' },
    mfa: true,
    risk_score: 12,
    risk_level: 'low',
    created_at: new Date(Date.now() - 3_600_000).toISOString(),
    last_active_at: new Date(Date.now() - 60_000).toISOString(),
    expires_at: new Date(Date.now() + 86_400_000).toISOString(),
  }));
  const bulk: string[][] = [];
  server.use(
    http.get(SESSIONS_URL, ({ request }) => {
      const url = new URL(request.url);
      const page = Number(url.searchParams.get('page') ?? 1);
      const size = Number(url.searchParams.get('page_size') ?? 20);
      const items = sessions.map((s) => ({ ...s, status: ended.has(s.id) ? 'revoked' : 'active' }));
      const slice = items.slice((page - 1) * size, page * size);
      const pages = Math.ceil(items.length / size);
      return HttpResponse.json({
        items: slice,
        total: items.length,
        pagination: { page, page_size: size, total: items.length, total_pages: pages, has_next: page < pages, has_prev: page > 1 },
      });
    }),
    http.get(`${SESSIONS_URL}/active-count`, () => HttpResponse.json({ data: { count: count - ended.size } })),
    http.delete(`${SESSIONS_URL}/bulk`, async ({ request }) => {
      const ids = ((await request.json()) as { session_ids: string[] }).session_ids;
      bulk.push(ids);
      const custom = answer?.(ids, bulk.length - 1);
      if (custom) return custom;
      ids.forEach((id) => ended.add(id));
      return HttpResponse.json({ code: 0, data: { deleted: ids.length } });
    }),
  );
  return { bulk, ended };
}

afterEach(() => {
  server.events.removeAllListeners();
});

describe('Sessions page', () => {
  it('lists sessions with every column and the active count in the header', async () => {
    await renderApp('/sessions');
    const rows = await tableRows();
    expect(rows.length).toBe(20);
    const table = screen.getByRole('table', { name: caption });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual([
      '',
      'User',
      'Client',
      'Status',
      'IP address',
      'Location',
      'Device',
      'MFA',
      'Risk',
      'Created',
      'Last active',
      'Expires',
      'Actions',
    ]);
    const active = findSessions(DEMO_TENANT_ID, { status: 'active' }, Date.now()).length;
    expect(await screen.findByText(`${active.toLocaleString('en')}`)).toBeInTheDocument();
    expect(screen.getByText('active sessions in this tenant')).toBeInTheDocument();
    const first = rows[0]!;
    expect(within(first).getAllByRole('link').some((a) => a.getAttribute('href')?.startsWith('/users/usr_'))).toBe(true);
    // last active: relative, exact time on focus (focusable) and hover (title)
    const lastActive = first.querySelector('time.reveal-time');
    expect(lastActive).toHaveAttribute('tabindex', '0');
    expect(lastActive).toHaveAttribute('title');
  });

  it('sends every filter of the URL to the server, one list request per view', async () => {
    const seen = recordListRequests();
    const { userId } = activeUser();
    await renderApp(`/sessions?user_id=${userId}&client_id=acme-web-portal&status=active&ip=192.0.2.9&min_risk=40&page_size=50`);
    await screen.findByRole('table', { name: caption });
    await waitFor(() => expect(seen.length).toBeGreaterThan(0));
    expect(seen).toHaveLength(1);
    expect(Object.fromEntries(seen[0]!)).toEqual({
      page: '1',
      page_size: '50',
      user_id: userId,
      client_id: 'acme-web-portal',
      status: 'active',
      ip: '192.0.2.9',
      min_risk: '40',
    });
    expect(await screen.findByText('No sessions match these filters.')).toBeInTheDocument();
  });

  it('ends 150 selected sessions in two requests of at most 100, with "n of m" progress, kept across pages', async () => {
    const { bulk } = syntheticTenant(150);
    const { user } = await renderApp('/sessions?page_size=100');
    await tableRows();
    await user.click(screen.getByRole('checkbox', { name: 'Select all active sessions on this page' }));
    expect(screen.getByText('100 sessions selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('101–150 of 150')).toBeInTheDocument());
    await user.click(screen.getByRole('checkbox', { name: 'Select all active sessions on this page' }));
    expect(screen.getByText('150 sessions selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'End 150 selected sessions' }));
    const dialog = await screen.findByRole('dialog', { name: 'End 150 sessions?' });
    expect(dialog).toHaveTextContent('Access tokens already issued under them stay valid until they expire');
    expect(within(dialog).getByRole('checkbox', { name: 'Also revoke every token of the 3 users' })).not.toBeChecked();
    await user.dblClick(within(dialog).getByRole('button', { name: 'End 150 sessions' }));

    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('2 of 2 requests answered · 150 sessions ended'));
    expect(bulk.map((ids) => ids.length)).toEqual([100, 50]);
    expect(new Set(bulk.flat()).size).toBe(150);
    expect(within(dialog).getByText('Request 1 of 2: end 100 sessions')).toBeInTheDocument();
    expect(within(dialog).getByText('Request 2 of 2: end 50 sessions')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const rows = await tableRows();
    await waitFor(() => expect(rows.every((r) => within(r).queryByText('Ended'))).toBe(true));
    expect(screen.getByText(/^Select active sessions to end several at once/)).toBeInTheDocument();
  });

  it('puts back a chunk the server refuses, with its reason and request id, and retries only that chunk', async () => {
    let fail = true;
    const { bulk } = syntheticTenant(120, (_ids, index) =>
      index === 1 && fail
        ? HttpResponse.json(
            { type: 'about:blank', title: 'Internal error', status: 500, detail: 'session store unavailable', request_id: 'req_sessions1' },
            { status: 500 },
          )
        : undefined,
    );
    const { user } = await renderApp('/sessions?page_size=100');
    await tableRows();
    await user.click(screen.getByRole('checkbox', { name: 'Select all active sessions on this page' }));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('101–120 of 120')).toBeInTheDocument());
    await user.click(screen.getByRole('checkbox', { name: 'Select all active sessions on this page' }));
    await user.click(screen.getByRole('button', { name: 'End 120 selected sessions' }));
    const dialog = await screen.findByRole('dialog', { name: 'End 120 sessions?' });
    await user.click(within(dialog).getByRole('button', { name: 'End 120 sessions' }));

    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('2 of 2 requests answered · 100 sessions ended · 1 request failed'));
    expect(dialog).toHaveTextContent('session store unavailable');
    expect(dialog).toHaveTextContent('req_sessions1');
    // the 20 sessions of the refused request are active again on the page behind the dialog
    const table = screen.getByRole('table', { name: caption, hidden: true });
    await waitFor(() => expect(within(table).getAllByText('Active', { exact: true }).length).toBe(20));

    fail = false;
    await user.click(within(dialog).getByRole('button', { name: 'Retry the failed request' }));
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('2 of 2 requests answered · 120 sessions ended'));
    expect(bulk.map((ids) => ids.length)).toEqual([100, 20, 20]);
    expect(bulk[2]).toEqual(bulk[1]);
  });

  it('opens a session from the URL: its facts, risk factors with their descriptions, and its device', async () => {
    const session = findSessions(DEMO_TENANT_ID, { min_risk: 40 }, Date.now()).find((s) => s.risk_factors.length > 0)!;
    const { user, history } = await renderApp(`/sessions?session=${session.id}`);
    const dialog = await screen.findByRole('dialog', { name: 'Session details' });
    expect(within(dialog).getByText(session.id)).toBeInTheDocument();
    const factors = await within(dialog).findByRole('table', { name: 'Risk factors' });
    for (const factor of session.risk_factors) {
      expect(within(factors).getByText(factor.description)).toBeInTheDocument();
      expect(within(factors).getByText(`+${factor.weight}`)).toBeInTheDocument();
    }
    expect(within(dialog).getByText(`Score ${session.risk_score} of 100`)).toBeInTheDocument();
    expect(await within(dialog).findByText('Fingerprint')).toBeInTheDocument();
    expect(within(dialog).getByText(/^(Trusted: sign-ins from it skip MFA|Not trusted)$/)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: `Trusted devices of ${session.user_id}` })).toHaveAttribute(
      'href',
      `/users/${session.user_id}#trusted-devices`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(history.location.search).toBe(''));
  });

  it('says so in place when the server has no session routes, and the rest of the console works', async () => {
    server.use(
      http.get(SESSIONS_URL, () => HttpResponse.json({ code: 404, message: 'Not Found' }, { status: 404 })),
      http.get(`${SESSIONS_URL}/active-count`, () => new HttpResponse('Not Implemented', { status: 501 })),
    );
    const { user } = await renderApp('/sessions');
    expect(await screen.findByText(/^This server does not offer sessions/)).toBeInTheDocument();
    expect(screen.getByText('The server answered HTTP 404.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/active sessions? in this tenant/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Purge expired sessions…' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Tokens' }));
    expect(await screen.findByRole('table', { name: 'Tokens of the tenant' })).toBeInTheDocument();
  });

  it("asks for the list from the route loader: a failure shows in the page's error panel after one request, Retry recovers", async () => {
    let calls = 0;
    server.use(
      http.get(SESSIONS_URL, ({ request }) => {
        if (new URL(request.url).searchParams.get('page') === '2') return undefined;
        calls += 1;
        return calls === 1 ? HttpResponse.json({ title: 'boom', status: 500, request_id: 'req_x' }, { status: 500 }) : undefined;
      }),
    );
    const { user } = await renderApp('/sessions');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('req_x');
    expect(calls).toBe(1);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect((await tableRows()).length).toBe(20);
    expect(calls).toBe(2);
  });
});

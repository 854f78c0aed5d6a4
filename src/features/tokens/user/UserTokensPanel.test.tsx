import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAILING_TOKEN_IDS, FAILING_TOKEN_USER_ID } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const TOKENS = '*/session/api/v1/admin/tokens';
const HEAVY = 'usr_heavy';

/** Token `i` of the synthetic user: a mix of types and statuses; every 1,000th has a type the console does not know. */
function syntheticToken(i: number) {
  return {
    id: `tok_h${String(i).padStart(5, '0')}`,
    user_id: HEAVY,
    token_type: i % 1000 === 999 ? 'id_token' : i % 3 === 0 ? 'refresh' : 'access',
    status: i % 7 === 0 ? 'revoked' : i % 5 === 0 ? 'expired' : 'active',
  };
}

interface HeavyUserOptions {
  count: number;
  /** Each answer waits this long, so that requests overlap. */
  delayMs?: number;
  /** Pages (page_size 100) answered with a 500 Problem while this says so. */
  failPage?: (page: number) => boolean;
  /** false: the server sends neither `total` nor `pagination` (a walk by full pages is all that is left). */
  totals?: boolean;
}

/**
 * Answers the token lists of one synthetic user as the contract says (filters, paging, total, PageInfo); every other
 * request goes on to the mock. Records the user's requests (through MSW's events) and how many overlap.
 */
function heavyUser({ count, delayMs = 0, failPage = () => false, totals = true }: HeavyUserOptions) {
  const all = Array.from({ length: count }, (_, i) => syntheticToken(i));
  const byId = new Map(all.map((token) => [token.id, token]));
  const log = { requests: [] as URLSearchParams[], inFlight: 0, maxInFlight: 0, maxPagesInFlight: 0, pagesInFlight: 0 };
  server.events.on('request:start', ({ request }) => {
    const query = new URL(request.url).searchParams;
    if (request.method === 'GET' && query.get('user_id') === HEAVY) log.requests.push(query);
  });
  server.use(
    http.get(TOKENS, async ({ request }) => {
      const query = new URL(request.url).searchParams;
      if (query.get('user_id') !== HEAVY) return undefined;
      const isPage = query.get('page_size') === '100';
      log.inFlight += 1;
      log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
      if (isPage) {
        log.pagesInFlight += 1;
        log.maxPagesInFlight = Math.max(log.maxPagesInFlight, log.pagesInFlight);
      }
      try {
        await delay(delayMs);
        const page = Number(query.get('page') ?? 1);
        const size = Number(query.get('page_size') ?? 20);
        if (isPage && failPage(page)) {
          return HttpResponse.json(
            { title: 'Internal Server Error', status: 500, detail: 'token store unavailable', request_id: `req_page_${page}` },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        const type = query.get('type');
        const status = query.get('status');
        const matching = all.filter((t) => (!type || t.token_type === type) && (!status || t.status === status));
        const total = matching.length;
        const totalPages = Math.ceil(total / size);
        const items = matching.slice((page - 1) * size, page * size);
        return HttpResponse.json(
          totals
            ? { items, total, pagination: { page, page_size: size, total, total_pages: totalPages, has_next: page < totalPages } }
            : { items },
        );
      } finally {
        log.inFlight -= 1;
        if (isPage) log.pagesInFlight -= 1;
      }
    }),
    http.delete(`${TOKENS}/:id`, ({ params }) => {
      const token = byId.get(String(params.id));
      if (!token) return undefined;
      token.status = 'revoked';
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const expected = (type?: string, status?: string) =>
    all.filter((t) => (!type || t.token_type === type) && (!status || t.status === status)).length;
  return { log, expected };
}

const pageRequests = (log: { requests: URLSearchParams[] }) => log.requests.filter((q) => q.get('page_size') === '100');
const countRequests = (log: { requests: URLSearchParams[] }) => log.requests.filter((q) => q.get('page_size') === '1');
const en = (value: number) => value.toLocaleString('en');

async function openUserView(userId: string) {
  const app = await renderApp(`/tokens?user_id=${userId}`);
  const view = await screen.findByRole('region', { name: `Tokens of user ${userId}` });
  return { ...app, view };
}

/** The counts table's cells of one row, as text: Active, Revoked, Expired, Total. */
async function countsRow(view: HTMLElement, userId: string, rowName: string) {
  const table = await within(view).findByRole('table', { name: `Tokens of ${userId} by type and status` });
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell').map((cell) => cell.textContent);
}

describe("the user view's counts and full list", () => {
  afterEach(() => {
    server.events.removeAllListeners();
    vi.restoreAllMocks();
  });

  it('counts a user with thousands of tokens from 7 list totals asked for in parallel', async () => {
    const { log, expected } = heavyUser({ count: 5000, delayMs: 20 });
    const { view } = await openUserView(HEAVY);

    expect(await countsRow(view, HEAVY, 'Access')).toEqual([
      en(expected('access', 'active')),
      en(expected('access', 'revoked')),
      en(expected('access', 'expired')),
      en(expected('access')),
    ]);
    expect(await countsRow(view, HEAVY, 'Refresh')).toEqual([
      en(expected('refresh', 'active')),
      en(expected('refresh', 'revoked')),
      en(expected('refresh', 'expired')),
      en(expected('refresh')),
    ]);
    // the 5 tokens of a type the console does not know: the total minus the known cells
    expect(await countsRow(view, HEAVY, 'Other type or status')).toEqual(['—', '—', '—', '5']);
    expect(await countsRow(view, HEAVY, 'Total')).toEqual([
      en(expected('access', 'active') + expected('refresh', 'active')),
      en(expected('access', 'revoked') + expected('refresh', 'revoked')),
      en(expected('access', 'expired') + expected('refresh', 'expired')),
      '5,000',
    ]);
    expect(within(view).getByRole('button', { name: 'Show all 5,000 tokens' })).toBeInTheDocument();

    const counts = countRequests(log);
    expect(counts).toHaveLength(7);
    expect(new Set(counts.map((q) => `${q.get('type')}/${q.get('status')}`)).size).toBe(7);
    expect(counts.every((q) => q.get('page') === '1')).toBe(true);
    // all 7 at once; apart from them only the paged table's pages of 20 (and its prefetch of the next): no walk
    expect(log.maxInFlight).toBeGreaterThanOrEqual(7);
    expect(log.requests.filter((q) => q.get('page_size') !== '20')).toHaveLength(7);
  });

  it('"Show all" loads the pages after the first at most 4 at a time, in page order, and stops at 5,000 with a note', async () => {
    const { log } = heavyUser({ count: 6000, delayMs: 5 });
    const { user, view } = await openUserView(HEAVY);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(480);
    await user.click(await within(view).findByRole('button', { name: 'Show all 6,000 tokens' }));

    expect(await within(view).findByRole('progressbar', { name: 'Tokens loaded' })).toHaveAttribute('max', '5000');
    await waitFor(() => expect(within(view).queryByRole('progressbar')).not.toBeInTheDocument(), { timeout: 15_000 });
    expect(
      within(view).getByText('Showing the first 5,000 of 6,000 tokens: the list loads at most 5,000 tokens of one user.', { exact: false }),
    ).toBeInTheDocument();
    const table = within(view).getByRole('table', { name: `Every token of ${HEAVY}` });
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('tok_h00000');

    const pages = pageRequests(log).map((q) => Number(q.get('page')));
    expect(pages).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(log.maxPagesInFlight).toBe(4);
  });

  it('reloads the full list after a revoke, again at most 4 pages at a time, and shows the token revoked', async () => {
    const { log } = heavyUser({ count: 1000, delayMs: 5 });
    const { user, view } = await openUserView(HEAVY);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(480);
    await user.click(await within(view).findByRole('button', { name: 'Show all 1,000 tokens' }));
    const table = await within(view).findByRole('table', { name: `Every token of ${HEAVY}` });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '1001'));
    await waitFor(() => expect(within(view).queryByRole('progressbar')).not.toBeInTheDocument());

    const before = pageRequests(log).length;
    const row = within(table).getByText('tok_h00001').closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Revoke token tok_h00001' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Revoke this token?' })).getByRole('button', { name: 'Revoke token' }));
    await waitFor(() => expect(pageRequests(log).length - before).toBe(10));
    await waitFor(() => expect(within(view).queryByRole('progressbar')).not.toBeInTheDocument());
    expect(pageRequests(log).slice(before).map((q) => Number(q.get('page'))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
    expect(log.maxPagesInFlight).toBeLessThanOrEqual(4);
    expect(within(within(table).getByText('tok_h00001').closest('tr') as HTMLElement).getByText('Revoked')).toBeInTheDocument();
  });

  it('keeps the pages that arrived when one fails, and loads only that one again on Retry', async () => {
    let failing = true;
    const { log } = heavyUser({ count: 350, failPage: (page) => failing && page === 3 });
    const { user, view } = await openUserView(HEAVY);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(480);
    await user.click(await within(view).findByRole('button', { name: 'Show all 350 tokens' }));

    const alert = await within(view).findByRole('alert');
    expect(alert).toHaveTextContent('1 page of the list could not be loaded: about 100 tokens are missing.');
    expect(alert).toHaveTextContent('req_page_3');
    const table = within(view).getByRole('table', { name: `Every token of ${HEAVY}` });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '251'));

    failing = false;
    const before = pageRequests(log).length;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '351'));
    expect(within(view).queryByRole('alert')).not.toBeInTheDocument();
    expect(pageRequests(log).slice(before).map((q) => q.get('page'))).toEqual(['3']);
  });

  it('stops asking for pages when the list is hidden', async () => {
    const { log } = heavyUser({ count: 6000, delayMs: 40 });
    const { user, view } = await openUserView(HEAVY);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(480);
    await user.click(await within(view).findByRole('button', { name: 'Show all 6,000 tokens' }));
    await waitFor(() => expect(pageRequests(log).length).toBeGreaterThan(2));
    await user.click(within(view).getByRole('button', { name: 'Hide the list' }));
    const sent = pageRequests(log).length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pageRequests(log)).toHaveLength(sent);
    expect(sent).toBeLessThan(10);
  });

  it('shows "—" for counts the server gave no total for, and still lists every token page by page', async () => {
    const { log } = heavyUser({ count: 250, totals: false });
    const { user, view } = await openUserView(HEAVY);
    expect(await countsRow(view, HEAVY, 'Total')).toEqual(['—', '—', '—', '—']);
    expect(within(view).getByText('The server did not say how many tokens this user has.')).toBeInTheDocument();
    expect(within(view).getByRole('button', { name: 'Revoke all active tokens of this user' })).toBeInTheDocument();

    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(480);
    await user.click(within(view).getByRole('button', { name: 'Show all tokens' }));
    const table = await within(view).findByRole('table', { name: `Every token of ${HEAVY}` });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '251'));
    // with no total, the pages are found one after another: 2 full pages, then a short one ends the list
    expect(pageRequests(log).map((q) => q.get('page'))).toEqual(['1', '2', '3']);
  });

  it('keeps the counts right after a revoke from the user view', async () => {
    const { user, view } = await openUserView(FAILING_TOKEN_USER_ID);
    const [active, revoked] = (await countsRow(view, FAILING_TOKEN_USER_ID, 'Total')).map(Number);
    const table = await screen.findByRole('table', { name: 'Tokens of the tenant' });
    const row = (await within(table).findAllByRole('row')).find(
      (r) => within(r).queryByText('Active') && !FAILING_TOKEN_IDS.some((id) => within(r).queryByText(id)),
    ) as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /^Revoke token tok_/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this token?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    await waitFor(async () =>
      expect((await countsRow(view, FAILING_TOKEN_USER_ID, 'Total')).slice(0, 2).map(Number)).toEqual([
        (active ?? 0) - 1,
        (revoked ?? 0) + 1,
      ]),
    );
  });
});

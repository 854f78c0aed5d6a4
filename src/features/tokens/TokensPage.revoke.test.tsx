import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { FAILING_TOKEN_IDS, FAILING_TOKEN_USER_ID } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

async function tableRows() {
  const table = await screen.findByRole('table', { name: 'Tokens of the tenant' });
  await waitFor(() => expect(within(table).queryAllByTestId('skeleton-row')).toHaveLength(0));
  return within(table).getAllByRole('row').slice(1);
}

function rowOf(id: string) {
  // hidden: true, so rows can be read behind an open (modal) dialog
  const table = screen.getByRole('table', { name: 'Tokens of the tenant', hidden: true });
  const cell = within(table).getByText(id);
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

/** Records the method and path of every revoke request, then lets the mock answer. */
function recordRevokes() {
  const seen: string[] = [];
  const record = ({ request }: { request: Request }) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
    return undefined;
  };
  server.use(
    http.delete('*/session/api/v1/admin/tokens/:id', record),
    http.post('*/session/api/v1/admin/tokens/revoke-all', record),
    http.delete('*/oauth/api/v1/admin/oauth/tokens/user/:userId', record),
  );
  return seen;
}

async function firstActiveRow() {
  const rows = await tableRows();
  const row = rows.find(
    (r) => within(r).queryByText('Active') && !FAILING_TOKEN_IDS.some((id) => within(r).queryByText(id)),
  );
  if (!row) throw new Error('no active row on page 1');
  const id = within(row).getAllByText(/^tok_/)[0]?.textContent ?? '';
  return { row, id };
}

describe('Tokens page: revoking', () => {
  it('revokes one token after a confirmation that names type, user and expiry; a double click sends one request', async () => {
    const seen = recordRevokes();
    const { user } = await renderApp('/tokens');
    const { row, id } = await firstActiveRow();
    const userId = within(row).getAllByRole('button').find((b) => b.textContent?.startsWith('usr_'))?.textContent ?? '';

    await user.click(within(row).getByRole('button', { name: `Revoke token ${id}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this token?' });
    expect(within(dialog).getByText(userId)).toBeInTheDocument();
    expect(within(dialog).getByText('Type')).toBeInTheDocument();
    expect(within(dialog).getByText('Expires')).toBeInTheDocument();
    expect(within(dialog).getByText(id)).toBeInTheDocument();

    await user.dblClick(within(dialog).getByRole('button', { name: 'Revoke token' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(`Token ${id} revoked.`)).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf(id)).getByText('Revoked')).toBeInTheDocument());
    expect(within(rowOf(id)).getByRole('checkbox', { name: `Select token ${id}` })).toBeDisabled();
    expect(seen).toEqual([`DELETE /session/api/v1/admin/tokens/${id}`]);
  });

  it('shows "Revoking…" on the row, from the mutation state, while a slow revoke runs', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.delete('*/session/api/v1/admin/tokens/:id', async () => {
        await gate;
        return undefined;
      }),
    );
    const { user } = await renderApp('/tokens');
    const { row, id } = await firstActiveRow();
    expect(within(row).getByRole('button', { name: `Revoke token ${id}` })).toHaveTextContent('Revoke');
    await user.click(within(row).getByRole('button', { name: `Revoke token ${id}` }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Revoke token' }));

    // the row sits behind the modal dialog while the request is held
    const pending = await within(rowOf(id)).findByRole('button', { name: `Revoking token ${id}…`, hidden: true });
    expect(pending).toHaveTextContent('Revoking…');
    expect(pending).toHaveAttribute('aria-disabled', 'true');

    release();
    expect(await screen.findByText(`Token ${id} revoked.`)).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf(id)).getByRole('button', { name: `Revoke token ${id}` })).toHaveTextContent('Revoke'));
    expect(within(rowOf(id)).getByText('Revoked')).toBeInTheDocument();
  });

  it('keeps the row active and says why when the server refuses; the dialog stays open to retry', async () => {
    const { user } = await renderApp('/tokens?page=2') // the rigged tokens are off the first page;
    await tableRows();
    const id = FAILING_TOKEN_IDS[0];
    await user.click(within(rowOf(id)).getByRole('button', { name: `Revoke token ${id}` }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }));

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText(/The server failed/)).toBeInTheDocument();
    expect(within(alert).getByText(/token store unavailable/)).toBeInTheDocument();
    expect(within(alert).getByText(/^req_/)).toBeInTheDocument();
    expect(within(dialog).getByText('The token was not revoked: it is still active.')).toBeInTheDocument();
    expect(within(rowOf(id)).getByText('Active')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Revoke token' })).toBeEnabled();
  });

  it('says plainly when the server has no single-token revoke (405) and offers the user-wide revoke', async () => {
    server.use(
      http.delete('*/session/api/v1/admin/tokens/:id', () =>
        HttpResponse.json({ title: 'Method Not Allowed', status: 405 }, { status: 405 }),
      ),
    );
    const { user } = await renderApp('/tokens');
    const { row, id } = await firstActiveRow();
    const userId = within(row).getAllByRole('button').find((b) => b.textContent?.startsWith('usr_'))?.textContent ?? '';
    await user.click(within(row).getByRole('button', { name: `Revoke token ${id}` }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Revoke token' }));

    const notice = await screen.findByText('This server does not support revoking a single token here.');
    const box = notice.closest('[role="alert"]') as HTMLElement;
    expect(within(box).getByText(/answered HTTP 405/)).toBeInTheDocument();
    expect(within(rowOf(id)).getByText('Active')).toBeInTheDocument();
    await user.click(within(box).getByRole('button', { name: `Revoke all active tokens of ${userId} instead` }));
    expect(await screen.findByRole('dialog', { name: `Revoke all active tokens of ${userId}?` })).toBeInTheDocument();
  });

  it('selects a range with shift-click, only active rows, and select-all picks every active row of the page', async () => {
    const { user } = await renderApp('/tokens');
    const rows = await tableRows();
    const boxes = rows.map((r) => within(r).getByRole('checkbox'));
    const enabled = boxes.filter((b) => !(b as HTMLInputElement).disabled);
    const disabled = boxes.filter((b) => (b as HTMLInputElement).disabled);
    expect(disabled.length).toBeGreaterThan(0);
    for (const box of disabled) {
      const row = box.closest('tr') as HTMLElement;
      expect(within(row).queryByText('Active')).toBeNull();
    }

    const first = boxes.indexOf(enabled[0] as HTMLElement);
    const last = boxes.indexOf(enabled[4] as HTMLElement);
    await user.click(boxes[first] as HTMLElement);
    await user.keyboard('{Shift>}');
    await user.click(boxes[last] as HTMLElement);
    await user.keyboard('{/Shift}');
    const inRange = boxes.slice(first, last + 1).filter((b) => !(b as HTMLInputElement).disabled);
    expect(inRange).toHaveLength(5);
    expect(inRange.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, true, true, true]);
    expect(screen.getByText('5 tokens selected')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select all active tokens on this page' }));
    expect(screen.getByText(`${enabled.length} tokens selected`)).toBeInTheDocument();
    for (const box of disabled) expect(box).not.toBeChecked();
  });

  it('starts a new page with nothing selected, and the old picks do not come back on the way back', async () => {
    const { user, history } = await renderApp('/tokens');
    await tableRows();
    await user.click(screen.getByRole('checkbox', { name: 'Select all active tokens on this page' }));
    expect(screen.getByText(/^\d+ tokens? selected$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(history.location.search).toContain('page=2'));
    await waitFor(() => expect(screen.getByText(/^21–40 of /)).toBeInTheDocument());
    expect(screen.getByText(/^Select active tokens to revoke several at once/)).toBeInTheDocument();
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(screen.getByText(/^1–20 of /)).toBeInTheDocument());
    expect(screen.getByText(/^Select active tokens to revoke several at once/)).toBeInTheDocument();
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
  });

  it('bulk-revokes a selection with a failing token, shows n of m and each outcome, and retries only the failed', async () => {
    const seen = recordRevokes();
    const { user } = await renderApp('/tokens?page=2') // the rigged tokens are off the first page;
    await tableRows();
    const failingId = FAILING_TOKEN_IDS[0];
    const { id: okId } = await firstActiveRow();
    await user.click(within(rowOf(failingId)).getByRole('checkbox'));
    await user.click(within(rowOf(okId)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Revoke 2 selected tokens' }));

    const dialog = await screen.findByRole('dialog', { name: 'Revoke 2 tokens?' });
    expect(within(dialog).getByText(failingId)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Revoke 2 tokens' }));

    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('2 of 2 done · 1 revoked · 1 failed'));
    const failedRow = within(dialog).getByText(failingId).closest('tr') as HTMLElement;
    expect(within(failedRow).getByText('Failed')).toBeInTheDocument();
    expect(within(failedRow).getByText(/The server failed.*token store unavailable/)).toBeInTheDocument();
    expect(within(failedRow).getByText(/^req_/)).toBeInTheDocument();
    expect(within(within(dialog).getByText(okId).closest('tr') as HTMLElement).getByText('Revoked')).toBeInTheDocument();

    seen.length = 0;
    await user.click(within(dialog).getByRole('button', { name: 'Retry the failed token' }));
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('2 of 2 done · 1 revoked · 1 failed'));
    expect(seen).toEqual([`DELETE /session/api/v1/admin/tokens/${failingId}`]);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(within(rowOf(okId)).getByText('Revoked')).toBeInTheDocument());
    expect(within(rowOf(failingId)).getByText('Active')).toBeInTheDocument();
  });

  it("shows a user's tokens across all pages with counts, and revokes them all through both user-wide routes", async () => {
    const seen = recordRevokes();
    const { user } = await renderApp(`/tokens?user_id=${FAILING_TOKEN_USER_ID}&page_size=10`);
    const view = await screen.findByRole('region', { name: `Tokens of user ${FAILING_TOKEN_USER_ID}` });
    const counts = await within(view).findByRole('table', { name: `Tokens of ${FAILING_TOKEN_USER_ID} by type and status` });
    const totalRow = within(counts).getByRole('rowheader', { name: 'Total' }).closest('tr') as HTMLElement;
    const [active, revoked, expired, total] = within(totalRow)
      .getAllByRole('cell')
      .map((c) => Number(c.textContent));
    expect(active).toBeGreaterThanOrEqual(3);
    expect((active ?? 0) + (revoked ?? 0) + (expired ?? 0)).toBe(total);

    await user.click(within(view).getByRole('button', { name: `Revoke all active tokens of this user (${active})` }));
    const dialog = await screen.findByRole('dialog', { name: `Revoke all active tokens of ${FAILING_TOKEN_USER_ID}?` });
    expect(within(dialog).getByText(new RegExp(`This revokes the ${active} active tokens`))).toBeInTheDocument();
    await user.dblClick(within(dialog).getByRole('button', { name: `Revoke ${active} tokens` }));

    const result = await screen.findByText(`Revoke all tokens of ${FAILING_TOKEN_USER_ID}`);
    const box = result.closest('[role="status"]') as HTMLElement;
    expect(within(box).getByText(`Session service: ${active} tokens revoked.`, { exact: false })).toBeInTheDocument();
    expect(within(box).getByText(/OAuth service:/)).toBeInTheDocument();
    expect(seen.sort()).toEqual([
      'DELETE /oauth/api/v1/admin/oauth/tokens/user/' + FAILING_TOKEN_USER_ID,
      'POST /session/api/v1/admin/tokens/revoke-all',
    ]);
    await waitFor(() =>
      expect(within(view).getByRole('button', { name: 'Revoke all active tokens of this user (0)' })).toHaveAttribute('aria-disabled', 'true'),
    );
  });

  it('reports each user-wide route on its own when one of them fails', async () => {
    server.use(
      http.delete('*/oauth/api/v1/admin/oauth/tokens/user/:userId', () =>
        HttpResponse.json({ code: 503, message: 'oauth store down' }, { status: 503 }),
      ),
    );
    const { user } = await renderApp(`/tokens?user_id=${FAILING_TOKEN_USER_ID}`);
    const view = await screen.findByRole('region', { name: `Tokens of user ${FAILING_TOKEN_USER_ID}` });
    await user.click(await within(view).findByRole('button', { name: /^Revoke all active tokens of this user \(\d+\)$/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /^Revoke \d+ tokens?$/ }));
    const alert = await screen.findByText(`Revoke all tokens of ${FAILING_TOKEN_USER_ID}`);
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(box).getByText(/Session service: \d+ tokens? revoked\./)).toBeInTheDocument();
    expect(within(box).getByText(/OAuth service: failed: The server failed \(503\)/)).toBeInTheDocument();
  });
});

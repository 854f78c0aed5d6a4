import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAILING_TOKEN_USER_ID } from '@/mocks/identities';
import { renderApp } from '@/test/renderApp';

describe("the user view's full list", () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows every token of the user in one scrollable table, on demand, and revokes from it', async () => {
    const { user } = await renderApp(`/tokens?user_id=${FAILING_TOKEN_USER_ID}`);
    const view = await screen.findByRole('region', { name: `Tokens of user ${FAILING_TOKEN_USER_ID}` });
    const showAll = await within(view).findByRole('button', { name: /^Show all \d+ tokens?$/ });
    const total = Number(/\d+/.exec(showAll.textContent ?? '')?.[0]);
    expect(within(view).getByText(new RegExp(`^${total} tokens? in all`))).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /scrollable list$/ })).not.toBeInTheDocument();

    // jsdom lays nothing out: give the scroll box the height a browser would
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(480);
    await user.click(showAll);
    const list = await screen.findByRole('region', { name: `Every token of ${FAILING_TOKEN_USER_ID}, scrollable list` });
    const table = within(list).getByRole('table', { name: `Every token of ${FAILING_TOKEN_USER_ID}` });
    expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
    const firstActive = within(table)
      .getAllByRole('row')
      .find((row) => within(row).queryByText('Active'));
    expect(firstActive).toBeDefined();
    await user.click(within(firstActive as HTMLElement).getByRole('button', { name: /^Revoke token tok_/ }));
    expect(await screen.findByRole('dialog', { name: 'Revoke this token?' })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.click(within(view).getByRole('button', { name: 'Hide the list' }));
    expect(screen.queryByRole('region', { name: /scrollable list$/ })).not.toBeInTheDocument();
  });
});

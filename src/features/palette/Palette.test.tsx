import { screen, waitFor, within } from '@testing-library/react';
import { FAILING_TOKEN_IDS, FAILING_TOKEN_USER_ID } from '@/mocks/identities';
import { getMockDb } from '@/mocks/db';
import { renderApp } from '@/test/renderApp';
import { forgetRecentItems } from './paletteItems';

afterEach(() => forgetRecentItems());

async function openPalette() {
  const app = await renderApp('/tokens');
  await screen.findByRole('table', { name: 'Tokens of the tenant' });
  await app.user.keyboard('{Control>}k{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Jump to' });
  const input = within(dialog).getByRole('combobox', { name: 'Search pages, clients, users, device logins and tokens' });
  await waitFor(() => expect(input).toHaveFocus());
  return { ...app, dialog, input };
}

const activeOption = (dialog: HTMLElement) => {
  const input = within(dialog).getByRole('combobox');
  const id = input.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('Command palette', () => {
  it('opens on Ctrl+K, lists the pages in a group, and goes to one by keyboard alone', async () => {
    const { user, dialog, history } = await openPalette();
    const pages = within(dialog).getByRole('group', { name: 'Pages' });
    expect(within(pages).getAllByRole('option').map((o) => o.textContent)).toContain('Clients/clients');
    await user.keyboard('devi');
    await waitFor(() => expect(activeOption(dialog)?.textContent).toContain('Device sessions'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(history.location.pathname).toBe('/devices'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('moves the active option with the arrows, the input keeping focus', async () => {
    const { user, dialog, input } = await openPalette();
    const first = activeOption(dialog);
    await user.keyboard('{ArrowDown}');
    const second = activeOption(dialog);
    expect(second).not.toBe(first);
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(activeOption(dialog)).toBe(first);
  });

  it('finds a client by name on the server and remembers it as recent', async () => {
    const { user, dialog, history } = await openPalette();
    await user.keyboard('portal');
    const clients = await within(dialog).findByRole('group', { name: 'Clients' });
    const portal = within(clients).getByRole('option', { name: /Acme Web Portal/ });
    await user.click(portal);
    await waitFor(() => expect(history.location.pathname).toBe('/clients/acme-web-portal'));

    await user.keyboard('{Control>}k{/Control}');
    const again = await screen.findByRole('dialog', { name: 'Jump to' });
    const recent = within(again).getByRole('group', { name: 'Recent' });
    expect(within(recent).getByRole('option', { name: /Acme Web Portal/ })).toBeInTheDocument();
  });

  it('finds a token by id and a device login by user code', async () => {
    const { user, dialog, history } = await openPalette();
    await user.keyboard(FAILING_TOKEN_IDS[0]);
    const tokens = await within(dialog).findByRole('group', { name: 'Tokens' });
    expect(within(tokens).getByRole('option', { name: new RegExp(FAILING_TOKEN_USER_ID) })).toBeInTheDocument();
    await user.clear(within(dialog).getByRole('combobox'));
    const device = getMockDb().devices.find((d) => d.tenant_id === 'tenant_demo')!;
    await user.keyboard(device.user_code);
    const devices = await within(dialog).findByRole('group', { name: 'Device logins' });
    await user.click(within(devices).getByRole('option', { name: new RegExp(device.user_code) }));
    await waitFor(() => expect(history.location.search).toContain(`session=${device.device_code}`));
  });

  it('says when nothing matches', async () => {
    const { user, dialog } = await openPalette();
    await user.keyboard('zz zz zz');
    expect(await within(dialog).findByText('Nothing found for “zz zz zz”.')).toBeInTheDocument();
  });
});

describe('Shortcuts', () => {
  it('? lists the shortcuts, / focuses the page filter, neither while typing', async () => {
    const { user } = await renderApp('/tokens');
    await screen.findByRole('table', { name: 'Tokens of the tenant' });
    await user.keyboard('/');
    const filter = screen.getByRole('searchbox', { name: 'User id' });
    expect(filter).toHaveFocus();
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(filter).toHaveValue('?');
    await user.clear(filter);
    filter.blur();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Focus this page\'s filter (when not typing)')).toBeInTheDocument();
  });
});

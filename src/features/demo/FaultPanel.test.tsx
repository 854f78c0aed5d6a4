import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getMockDb } from '@/mocks/db';
import { NO_FAULTS } from '@/mocks/faults/settings';
import { faultStore } from '@/mocks/faults/store';
import { renderWithI18n } from '@/test/renderApp';
import { DemoBadge } from './DemoBadge';
import { DemoBanner } from './DemoBanner';

async function renderBadge() {
  const queryClient = new QueryClient();
  const user = userEvent.setup();
  await renderWithI18n(
    <QueryClientProvider client={queryClient}>
      <DemoBadge />
    </QueryClientProvider>,
  );
  return { user, queryClient };
}

async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /open the demo controls/ }));
  return screen.findByRole('dialog', { name: 'Demo controls' });
}

afterEach(() => faultStore.clear());

describe('the demo controls', () => {
  it('open from the DEMO badge and set latency and error rates at once', async () => {
    const { user } = await renderBadge();
    expect(screen.getByRole('button', { name: 'Demo mode: open the demo controls' })).toHaveTextContent('DEMO');
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('radio', { name: 'Random (0–2 s)' }));
    await user.selectOptions(within(panel).getByLabelText('Writes that fail'), '25');
    expect(faultStore.get()).toEqual({ latency: 'random', readErrorRate: 0, writeErrorRate: 25 });
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Demo mode, faults on: open the demo controls' })).toHaveTextContent(
      'faults on',
    );
  });

  it('arm a failure for the next requests, show it, and disarm it', async () => {
    const { user } = await renderBadge();
    const panel = await openPanel(user);
    expect(within(panel).getByRole('status')).toHaveTextContent('Nothing armed.');
    await user.selectOptions(within(panel).getByLabelText('Failure'), '429 Too many requests (retry after)');
    await user.selectOptions(within(panel).getByLabelText('Applies to'), 'a write');
    await user.selectOptions(within(panel).getByLabelText('How many'), '3 requests (outlasts automatic retries)');
    await user.click(within(panel).getByRole('button', { name: 'Arm' }));
    expect(faultStore.get().armed).toEqual({ kind: 'rate-limited', target: 'write', remaining: 3 });
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'Armed: 429 Too many requests (retry after), on a write (3 left).',
    );
    await user.click(within(panel).getByRole('button', { name: 'Disarm' }));
    expect(faultStore.get()).toEqual(NO_FAULTS);
  });

  it('expire the session: the next request answers 401, and the page reads its data again now', async () => {
    const { user, queryClient } = await renderBadge();
    let refetched = false;
    queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'invalidate') refetched = true;
    });
    queryClient.setQueryData(['anything'], 1);
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('button', { name: 'Expire my session' }));
    expect(faultStore.get().armed).toMatchObject({ kind: 'unauthorized', remaining: 1, sessionExpired: true });
    expect(screen.queryByRole('dialog', { name: 'Demo controls' })).not.toBeInTheDocument();
    expect(refetched).toBe(true);
  });

  it('reset the demo data after a confirmation', async () => {
    const { user } = await renderBadge();
    const token = getMockDb().tokens.find((t) => t.revoked_at === undefined);
    if (!token) throw new Error('the seed has no unrevoked token');
    token.revoked_at = Date.now();
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('button', { name: 'Reset demo data' }));
    const confirm = screen.getByRole('dialog', { name: 'Reset the demo data?' });
    await user.click(within(confirm).getByRole('button', { name: 'Reset demo data' }));
    expect(await screen.findByRole('dialog', { name: 'Demo controls' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Reset the demo data?' })).not.toBeInTheDocument();
    expect(getMockDb().tokens.find((t) => t.id === token.id)?.revoked_at).toBeUndefined();
  });

  it('"Clear all faults" turns everything off', async () => {
    faultStore.set({
      latency: 'slow',
      readErrorRate: 50,
      writeErrorRate: 10,
      armed: { kind: 'network', target: 'any', remaining: 1 },
    });
    const { user } = await renderBadge();
    const panel = await openPanel(user);
    expect(within(panel).getByRole('radio', { name: '2 s' })).toBeChecked();
    await user.click(within(panel).getByRole('button', { name: 'Clear all faults' }));
    expect(faultStore.get()).toEqual(NO_FAULTS);
    expect(within(panel).getByRole('radio', { name: 'None' })).toBeChecked();
  });
});

describe('the demo banner', () => {
  afterEach(() => localStorage.clear());

  it('collapses to a short label and back, and remembers it', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderWithI18n(<DemoBanner />);
    expect(screen.getByRole('note')).toHaveTextContent('Mock data — nothing here touches a real server');
    await user.click(screen.getByRole('button', { name: 'Collapse the demo notice' }));
    expect(screen.getByRole('note')).toHaveTextContent(/^Mock data/);
    expect(screen.getByRole('note')).not.toHaveTextContent('nothing here');
    unmount();
    await renderWithI18n(<DemoBanner />);
    const expand = screen.getByRole('button', { name: 'Expand the demo notice' });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await user.click(expand);
    expect(screen.getByRole('note')).toHaveTextContent('Mock data — nothing here touches a real server');
  });
});

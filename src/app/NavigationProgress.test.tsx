import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';
import { PENDING_DELAY_MS } from './NavigationProgress';

const CLIENTS_URL = '*/oauth/api/v1/admin/oauth/clients';

/** Holds the clients list's answer until `release()`. */
function holdClients() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get(CLIENTS_URL, async () => {
      await released;
      return undefined;
    }),
  );
  return release;
}

const bar = () => document.querySelector('.navigation-progress');
const announcement = () => screen.queryByText('Loading the page…');

afterEach(() => vi.useRealTimers());

describe('Navigation progress', () => {
  it('shows a bar and a polite announcement only once a navigation has taken 150 ms, until the page shows', async () => {
    const { container } = await renderApp('/tokens');
    await screen.findByRole('table', { name: 'Tokens of the tenant' });
    const status = container.querySelector('.shell > [role="status"]');
    expect(status).toBeEmptyDOMElement();
    const release = holdClients();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Clients' }));
    });
    await act(() => vi.advanceTimersByTimeAsync(PENDING_DELAY_MS - 1));
    expect(bar()).not.toBeInTheDocument();
    expect(announcement()).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tokens' })).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(bar()).toBeInTheDocument();
    expect(status).toHaveTextContent('Loading the page…');

    vi.useRealTimers();
    await act(async () => release());
    await screen.findByRole('heading', { name: 'Clients' });
    await waitFor(() => expect(bar()).not.toBeInTheDocument());
    expect(status).toBeEmptyDOMElement();
  });
});

import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const STATS_URL = '*/oauth/api/v1/admin/oauth/clients/:clientId/stats';

async function openUsage() {
  const app = await renderApp('/clients/acme-web-portal');
  const section = await screen.findByRole('region', { name: 'Usage' });
  return { ...app, section };
}

describe("A client's usage", () => {
  it('shows the 24-hour figures, the last use, and the 30 days as a chart and a table', async () => {
    const { section } = await openUsage();
    const figure = async (term: string) => (await within(section).findByText(term, { selector: 'dt' })).nextElementSibling as HTMLElement;
    expect(await figure('Active tokens')).toHaveTextContent(/^\d+ access · \d+ refresh$/);
    expect(within(await figure('Active tokens')).getByRole('link')).toHaveAttribute('href', '/clients/acme-web-portal/tokens');
    expect(await figure('Tokens issued, 24 h')).toHaveTextContent(/^[\d,]+$/);
    expect(await figure('Failed authorizations, 24 h')).toHaveTextContent(/^[\d,]+$/);
    expect(await figure('Last used')).toHaveTextContent(/ago/);
    expect(await within(section).findByRole('img', { name: /^In the last 30 days: [\d,]+ tokens issued/ })).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: 'Tokens issued, authorizations and failed authorizations per day', hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(31);
  });

  it('says in place when the server does not offer it, and shows a failure with Retry', async () => {
    server.use(http.get(STATS_URL, () => new HttpResponse(null, { status: 405 }), { once: true }));
    const first = await openUsage();
    expect(await within(first.section).findByText('This server does not offer usage figures for clients.')).toBeInTheDocument();
    first.unmount();

    server.use(http.get(STATS_URL, () => HttpResponse.json({ code: 500, message: 'stats down' }, { status: 500 }), { once: true }));
    const { section, user } = await openUsage();
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('stats down');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(section).findByRole('img', { name: /^In the last 30 days/ })).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { mockClock } from '@/mocks/clock';
import { sampleTokenTexts } from '@/mocks/db';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

const INTROSPECT = '*/session/api/v1/admin/tokens/introspect';

async function inspect(text: string) {
  const app = await renderApp('/tools/inspect');
  const field = await screen.findByRole('textbox', { name: 'Token' });
  await app.user.click(field);
  await app.user.paste(text);
  await app.user.click(screen.getByRole('button', { name: 'Inspect' }));
  return { ...app, field };
}

const serverSection = () => screen.findByRole('region', { name: 'What the server says' });

describe('Token inspector', () => {
  it('decodes an active JWT, tidies a Bearer prefix and line breaks, and shows what the server says', async () => {
    const token = sampleTokenTexts(mockClock.now()).active!;
    const { field } = await inspect(`  Bearer ${token.slice(0, 40)}\n${token.slice(40)}  `);
    expect(await screen.findByText('The “Bearer ” prefix was removed.', { exact: false })).toBeInTheDocument();
    expect(field).toHaveValue(token);
    expect(screen.getByText('Signature not verified here.')).toBeInTheDocument();
    const claims = screen.getByRole('table', { name: 'Claims' });
    const jti = within(claims).getByRole('rowheader', { name: 'jti' }).closest('tr')!;
    expect(within(jti).getByText(/^tok_/)).toBeInTheDocument();
    const exp = within(claims).getByRole('rowheader', { name: 'exp' }).closest('tr')!;
    expect(within(exp).getByText(/^in \d+ minutes?$/)).toBeInTheDocument();

    const answer = await serverSection();
    expect(await within(answer).findByText('Active')).toBeInTheDocument();
    const client = within(answer).getByRole('link', { name: /^acme-|^open-|^support-|^legacy-|^room-|^hostile-/ });
    expect(client.getAttribute('href')).toMatch(/^\/clients\//);
    expect(within(answer).getByRole('link', { name: /^usr_/ }).getAttribute('href')).toMatch(/^\/users\/usr_/);
    expect(within(answer).getByRole('list', { name: 'Scopes' })).toBeInTheDocument();
    expect(within(answer).getByText(/^expires in \d/)).toBeInTheDocument();
  });

  it('says a revoked token is not active, and nothing more', async () => {
    await inspect(sampleTokenTexts(mockClock.now()).revoked!);
    const answer = await serverSection();
    expect(await within(answer).findByText('Not active')).toBeInTheDocument();
    expect(within(answer).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says plainly what is wrong with malformed input, never crashing, and still asks the server about an opaque token', async () => {
    const { user, field } = await inspect('not-a-jwt-but-maybe-opaque');
    expect(await screen.findByText(/^Not a JWT/)).toBeInTheDocument();
    expect(await within(await serverSection()).findByText('Not active')).toBeInTheDocument();

    await user.clear(field);
    await user.paste('%%%.***.sig');
    await user.click(screen.getByRole('button', { name: 'Inspect' }));
    expect(await screen.findByText(/its parts are not base64url/)).toBeInTheDocument();

    await user.clear(field);
    await user.paste(`${btoa('{"alg":').replace(/=+$/, '')}.e30.x`);
    await user.click(screen.getByRole('button', { name: 'Inspect' }));
    expect(await screen.findByText(/its header or claims are not JSON/)).toBeInTheDocument();

    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => asked.push(request.url));
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Inspect' }));
    expect(await screen.findByText('Paste a token first.')).toBeInTheDocument();
    await user.click(field);
    await user.paste('x'.repeat(20_000));
    await user.click(screen.getByRole('button', { name: 'Inspect' }));
    expect(await screen.findByText(/^Longer than any token/)).toBeInTheDocument();
    server.events.removeAllListeners();
    expect(asked.filter((url) => url.includes('introspect'))).toEqual([]);
  });

  it('says in place when the server offers no introspection', async () => {
    server.use(http.post(INTROSPECT, () => HttpResponse.json({ status: 404, title: 'Not Found', detail: 'no route' }, { status: 404 })));
    await inspect(sampleTokenTexts(mockClock.now()).active!);
    expect(await within(await serverSection()).findByText(/does not offer token introspection/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Claims' })).toBeInTheDocument();
  });

  it('keeps the token out of the query cache and drops it from the mutation cache when the page is left', async () => {
    const token = sampleTokenTexts(mockClock.now()).active!;
    const { app, user } = await inspect(token);
    await within(await serverSection()).findByText('Active');
    const cached = () => JSON.stringify(app.queryClient.getQueryCache().getAll().map((q) => [q.queryKey, q.state.data]));
    expect(cached()).not.toContain(token);
    expect(app.queryClient.getMutationCache().getAll().some((m) => m.state.variables === token)).toBe(true);
    await user.click(screen.getByRole('link', { name: 'Tokens' }));
    await screen.findByRole('table', { name: 'Tokens of the tenant' });
    await waitFor(() => expect(app.queryClient.getMutationCache().getAll().some((m) => m.state.variables === token)).toBe(false));
    expect(cached()).not.toContain(token);
    expect(window.location.href).not.toContain(token.slice(0, 20));
    expect(JSON.stringify(sessionStorage)).not.toContain(token.slice(0, 20));
  });
});

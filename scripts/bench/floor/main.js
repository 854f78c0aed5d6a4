/* global document, sessionStorage, fetch */
// The stack floor of `npm run bench`: the least a page on this console's stack does to show the first page of tokens,
// built and served like the console and loaded cold beside it. One route whose loader fetches the first 20 tokens
// through React Query (bearer token, another origin: a CORS preflight, as the console), zod parses the list, and
// a plain table shows the row fields the console shows, dates through Intl. No shell, no i18n catalogs, no lazy
// chunks, no controls: what the console costs beyond this is its own.
import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router';
import * as z from 'zod/mini';

z.config({ jitless: true }); // as the console, whose Content-Security-Policy forbids zod's compiled parsers

const text = z.optional(z.string());
const tokenList = z.object({
  items: z.array(
    z.object({ id: z.string(), user_id: text, token_type: text, status: text, ip: text, user_agent: text, created_at: text, expires_at: text }),
  ),
});
const session = JSON.parse(sessionStorage.getItem('authms.console.session') ?? '{}');

const firstTokens = queryOptions({
  queryKey: ['tokens', 1],
  queryFn: async ({ signal }) => {
    const response = await fetch(`${session.baseUrl}/session/api/v1/admin/tokens?page=1&page_size=20`, {
      headers: { Authorization: `Bearer ${session.token}` },
      signal,
    });
    return tokenList.parse(await response.json());
  },
});

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'long' });
const when = (value) => (value ? dateTime.format(new Date(value)) : '—');
const COLUMNS = ['Token', 'User', 'Type', 'Status', 'IP', 'User agent', 'Created', 'Expires'];

function TokensPage() {
  const { data } = useSuspenseQuery(firstTokens);
  return h(
    'table',
    null,
    h('thead', null, h('tr', null, COLUMNS.map((c) => h('th', { key: c, scope: 'col' }, c)))),
    h(
      'tbody',
      null,
      data.items.map((t) =>
        h(
          'tr',
          { key: t.id },
          [t.id, t.user_id, t.token_type, t.status, t.ip, t.user_agent, when(t.created_at), when(t.expires_at)].map((cell, i) =>
            h('td', { key: i }, cell ?? '—'),
          ),
        ),
      ),
    ),
  );
}

const queryClient = new QueryClient();
const rootRoute = createRootRouteWithContext()({ component: () => h('main', null, h('h1', null, 'Tokens'), h(Outlet)) });
const tokensRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tokens',
  loader: ({ context }) => context.queryClient.ensureQueryData(firstTokens),
  component: TokensPage,
});
const router = createRouter({ routeTree: rootRoute.addChildren([tokensRoute]), context: { queryClient } });

createRoot(document.getElementById('root')).render(
  h(StrictMode, null, h(QueryClientProvider, { client: queryClient }, h(RouterProvider, { router }))),
);

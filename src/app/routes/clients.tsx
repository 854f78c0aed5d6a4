import { createRoute } from '@tanstack/react-router';
import { clientSecretsQuery } from '@/api/clientLifecycle';
import { clientDetailQuery, clientListQuery } from '@/api/clients';
import { clientSearchSchema, toClientListParams } from '@/features/clients/list/clientSearch';
import { createClientSearchSchema } from '@/features/clients/create/createSearch';
import { historySearchSchema, toHistoryParams } from '@/features/clients/history/historySearch';
import { loadCatalogs } from '@/i18n/i18n';
import { awaitPageData, prefetchQuery } from './pageData';
import { lazyPage } from './lazyPage';
import { appRoute } from './root';

export const clientsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients',
  validateSearch: (search) => clientSearchSchema.parse(search),
  loaderDeps: ({ search }) => toClientListParams(search),
  loader: ({ context: { queryClient }, deps, cause }) =>
    Promise.all([loadCatalogs(['clients']), awaitPageData(cause, [prefetchQuery(queryClient, clientListQuery(deps))])]),
  component: lazyPage(() => import('@/features/clients/list/ClientsPage'), 'ClientsPage'),
});

/** A new client: first the kind (`?kind=`), then the form, then a confidential client's secret, once. */
export const clientNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/new',
  validateSearch: (search) => createClientSearchSchema.parse(search),
  loader: () => loadCatalogs(['clients']),
  component: lazyPage(() => import('@/features/clients/create/ClientCreatePage'), 'ClientCreatePage'),
});

/** One client: every field, the danger zone, and a link to its tokens (`/clients/$clientId/tokens`, another area's route). */
export const clientDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId',
  // the page before the loader: scripts/check-size.mjs takes a route's first import() for its page
  component: lazyPage(() => import('@/features/clients/detail/ClientDetailPage'), 'ClientDetailPage'),
  // the client, and beside it (not after it) its secrets, which a confidential client's page shows (skipped only
  // when the client is already known to be public), and its usage (query options in a small chunk of their own)
  loader: ({ context: { queryClient }, params: { clientId }, cause }) => {
    const known = queryClient.getQueryData(clientDetailQuery(clientId).queryKey);
    return Promise.all([
      loadCatalogs(['clients']),
      awaitPageData(cause, [
        prefetchQuery(queryClient, clientDetailQuery(clientId)),
        known?.is_confidential !== false && prefetchQuery(queryClient, clientSecretsQuery(clientId)),
        import('@/api/clientUsage').then(({ clientStatsQuery }) => prefetchQuery(queryClient, clientStatsQuery(clientId))),
      ]),
    ]);
  },
});

export const clientEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/edit',
  loader: ({ context: { queryClient }, params: { clientId }, cause }) =>
    Promise.all([
      loadCatalogs(['clients']),
      awaitPageData(cause, [prefetchQuery(queryClient, clientDetailQuery(clientId))]),
    ]),
  component: lazyPage(() => import('@/features/clients/form/ClientEditPage'), 'ClientEditPage'),
});

/** A client's change history (`?page=&page_size=&action=`): the audit log, and the client for the heading. */
export const clientHistoryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/history',
  validateSearch: (search) => historySearchSchema.parse(search),
  loaderDeps: ({ search }) => toHistoryParams(search),
  // the page before the loader: scripts/check-size.mjs takes a route's first import() for its page
  component: lazyPage(() => import('@/features/clients/history/ClientHistoryPage'), 'ClientHistoryPage'),
  // the history's query options come in a small chunk of their own, so the start carries none of its code
  loader: ({ context: { queryClient }, params: { clientId }, deps, cause }) =>
    Promise.all([
      loadCatalogs(['clients']),
      awaitPageData(cause, [
        import('@/api/clientHistory').then(({ clientHistoryQuery }) => prefetchQuery(queryClient, clientHistoryQuery(clientId, deps))),
        prefetchQuery(queryClient, clientDetailQuery(clientId)),
      ]),
    ]),
});

export const clientRoutes = [clientsRoute, clientNewRoute, clientDetailRoute, clientEditRoute, clientHistoryRoute];

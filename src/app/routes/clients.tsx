import { createRoute } from '@tanstack/react-router';
import { clientSecretsQuery } from '@/api/clientLifecycle';
import { clientDetailQuery, clientListQuery } from '@/api/clients';
import { clientSearchSchema, toClientListParams } from '@/features/clients/list/clientSearch';
import { createClientSearchSchema } from '@/features/clients/create/createSearch';
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
  // the client, and beside it (not after it) its secrets, which a confidential client's page shows; skipped only
  // when the client is already known to be public
  loader: ({ context: { queryClient }, params: { clientId }, cause }) => {
    const known = queryClient.getQueryData(clientDetailQuery(clientId).queryKey);
    return Promise.all([
      loadCatalogs(['clients']),
      awaitPageData(cause, [
        prefetchQuery(queryClient, clientDetailQuery(clientId)),
        known?.is_confidential !== false && prefetchQuery(queryClient, clientSecretsQuery(clientId)),
      ]),
    ]);
  },
  component: lazyPage(() => import('@/features/clients/detail/ClientDetailPage'), 'ClientDetailPage'),
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

export const clientRoutes = [clientsRoute, clientNewRoute, clientDetailRoute, clientEditRoute];

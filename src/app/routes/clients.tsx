import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { clientSearchSchema } from '@/features/clients/list/clientSearch';
import { createClientSearchSchema } from '@/features/clients/create/createSearch';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

export const clientsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients',
  validateSearch: (search) => clientSearchSchema.parse(search),
  loader: () => loadCatalogs(['clients']),
  component: lazyRouteComponent(() => import('@/features/clients/list/ClientsPage'), 'ClientsPage'),
});

/** A new client: first the kind (`?kind=`), then the form, then a confidential client's secret, once. */
export const clientNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/new',
  validateSearch: (search) => createClientSearchSchema.parse(search),
  loader: () => loadCatalogs(['clients']),
  component: lazyRouteComponent(() => import('@/features/clients/create/ClientCreatePage'), 'ClientCreatePage'),
});

/** One client: every field, the danger zone, and a link to its tokens (`/clients/$clientId/tokens`, another area's route). */
export const clientDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId',
  loader: () => loadCatalogs(['clients']),
  component: lazyRouteComponent(() => import('@/features/clients/detail/ClientDetailPage'), 'ClientDetailPage'),
});

export const clientEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/edit',
  loader: () => loadCatalogs(['clients']),
  component: lazyRouteComponent(() => import('@/features/clients/form/ClientEditPage'), 'ClientEditPage'),
});

export const clientRoutes = [clientsRoute, clientNewRoute, clientDetailRoute, clientEditRoute];

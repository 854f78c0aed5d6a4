import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { clientSearchSchema } from '@/features/clients/clientSearch';
import { createClientSearchSchema } from '@/features/clients/create/createSearch';
import { withCatalogs } from '@/i18n/withCatalogs';
import { appRoute } from './root';

export const clientsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients',
  validateSearch: (search) => clientSearchSchema.parse(search),
  component: lazyRouteComponent(() => withCatalogs(import('@/features/clients/ClientsPage'), ['clients']), 'ClientsPage'),
});

/** A new client: first the kind (`?kind=`), then the form, then a confidential client's secret, once. */
export const clientNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/new',
  validateSearch: (search) => createClientSearchSchema.parse(search),
  component: lazyRouteComponent(() => withCatalogs(import('@/features/clients/create/ClientCreatePage'), ['clients']), 'ClientCreatePage'),
});

/** One client: every field, the danger zone, and a link to its tokens (`/clients/$clientId/tokens`, another area's route). */
export const clientDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId',
  component: lazyRouteComponent(() => withCatalogs(import('@/features/clients/ClientDetailPage'), ['clients']), 'ClientDetailPage'),
});

export const clientEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/edit',
  component: lazyRouteComponent(() => withCatalogs(import('@/features/clients/ClientEditPage'), ['clients']), 'ClientEditPage'),
});

export const clientRoutes = [clientsRoute, clientNewRoute, clientDetailRoute, clientEditRoute];

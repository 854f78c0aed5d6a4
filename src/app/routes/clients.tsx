import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { clientSearchSchema } from '../../features/clients/clientSearch';
import { createClientSearchSchema } from '../../features/clients/create/createSearch';
import { appRoute } from './root';

export const clientsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients',
  validateSearch: (search) => clientSearchSchema.parse(search),
  component: lazyRouteComponent(() => import('../../features/clients/ClientsPage'), 'ClientsPage'),
});

/** A new client: first the kind (`?kind=`), then the form, then a confidential client's secret, once. */
export const clientNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/new',
  validateSearch: (search) => createClientSearchSchema.parse(search),
  component: lazyRouteComponent(() => import('../../features/clients/create/ClientCreatePage'), 'ClientCreatePage'),
});

/** One client: every field, the danger zone, and a link to its tokens (`/clients/$clientId/tokens`, another area's route). */
export const clientDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId',
  component: lazyRouteComponent(() => import('../../features/clients/ClientDetailPage'), 'ClientDetailPage'),
});

export const clientEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/edit',
  component: lazyRouteComponent(() => import('../../features/clients/ClientEditPage'), 'ClientEditPage'),
});

export const clientRoutes = [clientsRoute, clientNewRoute, clientDetailRoute, clientEditRoute];

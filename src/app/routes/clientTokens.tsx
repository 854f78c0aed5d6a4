import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { clientTokenSearchSchema } from '@/features/clientTokens/clientTokenSearch';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

/** A client's tokens: a flat path under the app layout, so it does not depend on how the clients area nests. */
export const clientTokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/tokens',
  validateSearch: (search) => clientTokenSearchSchema.parse(search),
  loader: () => loadCatalogs(['clientTokens']),
  component: lazyRouteComponent(() => import('@/features/clientTokens/ClientTokensPage'), 'ClientTokensPage'),
});

export const clientTokenRoutes = [clientTokensRoute];

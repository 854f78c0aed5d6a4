import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { clientTokenSearchSchema } from '@/features/clientTokens/clientTokenSearch';
import { withCatalogs } from '@/i18n/withCatalogs';
import { appRoute } from './root';

/** A client's tokens: a flat path under the app layout, so it does not depend on how the clients area nests. */
export const clientTokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/tokens',
  validateSearch: (search) => clientTokenSearchSchema.parse(search),
  component: lazyRouteComponent(() => withCatalogs(import('@/features/clientTokens/ClientTokensPage'), ['clientTokens']), 'ClientTokensPage'),
});

export const clientTokenRoutes = [clientTokensRoute];

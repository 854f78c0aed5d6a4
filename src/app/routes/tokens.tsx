import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { tokenSearchSchema } from '../../features/tokens/tokenSearch';
import { appRoute } from './root';

export const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tokens',
  validateSearch: (search) => tokenSearchSchema.parse(search),
  component: lazyRouteComponent(() => import('../../features/tokens/TokensPage'), 'TokensPage'),
});

export const tokenRoutes = [tokensRoute];

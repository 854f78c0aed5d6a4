import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { tokenSearchSchema } from '@/features/tokens/tokenSearch';
import { withCatalogs } from '@/i18n/withCatalogs';
import { appRoute } from './root';

export const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tokens',
  validateSearch: (search) => tokenSearchSchema.parse(search),
  component: lazyRouteComponent(() => withCatalogs(import('@/features/tokens/TokensPage'), ['tokens']), 'TokensPage'),
});

export const tokenRoutes = [tokensRoute];

import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { tokenSearchSchema } from '@/features/tokens/tokenSearch';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

export const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tokens',
  validateSearch: (search) => tokenSearchSchema.parse(search),
  loader: () => loadCatalogs(['tokens']),
  component: lazyRouteComponent(() => import('@/features/tokens/TokensPage'), 'TokensPage'),
});

export const tokenRoutes = [tokensRoute];

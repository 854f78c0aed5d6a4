import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { tokenConfigQuery } from '@/api/tokenConfig';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

/** Token and session lifetimes: the config is asked for beside the chunk and the catalog; a failure is the page's. */
export const lifetimesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/tokens',
  loader: ({ context: { queryClient } }) =>
    Promise.all([loadCatalogs(['tools']), queryClient.prefetchQuery(tokenConfigQuery())]),
  component: lazyRouteComponent(() => import('@/features/tools/lifetimes/LifetimesPage'), 'LifetimesPage'),
});

export const settingsRoutes = [lifetimesRoute];

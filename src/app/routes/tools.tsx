import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

/** The token inspector: nothing to prefetch (the pasted token is asked about on demand, never as a query). */
export const inspectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tools/inspect',
  loader: () => loadCatalogs(['tools']),
  component: lazyRouteComponent(() => import('@/app/InspectRoute'), 'InspectRoute'),
});

export const toolRoutes = [inspectRoute];

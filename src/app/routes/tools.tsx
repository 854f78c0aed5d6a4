import { createRoute } from '@tanstack/react-router';
import { loadCatalogs } from '@/i18n/i18n';
import { lazyPage } from './lazyPage';
import { appRoute } from './root';

/** The token inspector: no data to prefetch (a pasted token is asked about on demand, never as a query). */
export const inspectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tools/inspect',
  loader: () => loadCatalogs(['tools']),
  component: lazyPage(() => import('@/app/InspectRoute'), 'InspectRoute'),
});

export const toolRoutes = [inspectRoute];

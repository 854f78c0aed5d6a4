import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

/**
 * The landing page (`/`). Its loader sends every figure's request at once, beside the page chunk and its catalog,
 * and does not wait for the answers: the page shows each tile as its own answer comes (a failed one stays the
 * page's to show, in that tile). The queries come in a small chunk of their own (overviewQueries), so the start
 * carries none of the overview's code.
 */
export const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  // before the loader: scripts/check-size.mjs reads a route's first import() as its page
  component: lazyRouteComponent(() => import('@/features/overview/OverviewPage'), 'OverviewPage'),
  loader: ({ context: { queryClient } }) =>
    Promise.all([
      loadCatalogs(['overview']),
      import('@/features/overview/overviewQueries').then(({ sendOverviewRequests }) => sendOverviewRequests(queryClient)),
    ]),
});

export const overviewRoutes = [overviewRoute];

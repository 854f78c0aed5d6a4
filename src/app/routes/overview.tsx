import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

/**
 * The landing page (`/`). Its loader sends every figure's request at once, as soon as the page's chunk is there
 * (beside its catalog), and does not wait for the answers: the page shows each tile as its own answer comes (a
 * failed one stays the page's to show, in that tile). The queries come with the page, so the start carries none of
 * the overview's code.
 */
export const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  loader: ({ context: { queryClient } }) =>
    Promise.all([
      loadCatalogs(['overview']),
      overviewPage().then(({ sendOverviewRequests }) => sendOverviewRequests(queryClient)),
    ]),
  component: lazyRouteComponent(overviewPage, 'OverviewPage'),
});

// one import of the page for the loader and the component (hoisted; here, after the route, because
// scripts/check-size.mjs finds a route's page as the first import() after its createRoute)
function overviewPage() {
  return import('@/features/overview/OverviewPage');
}

export const overviewRoutes = [overviewRoute];

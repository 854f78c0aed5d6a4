import { createRoute } from '@tanstack/react-router';
import { loadCatalogs } from '@/i18n/i18n';
import { lazyPage } from './lazyPage';
import { appRoute } from './root';

/**
 * The landing page (`/`). Its loader sends every figure's request at once, beside the page chunk and its catalog,
 * and, unlike the list pages, does not wait for the answers (awaitPageData): the page shows at once and each tile
 * fills in when its own answer comes, so one slow or failing route never holds the others (a failure stays that
 * tile's to show, with its Retry).
 */
export const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  // the page before the loader: scripts/check-size.mjs takes a route's first import() for its page
  component: lazyPage(() => import('@/features/overview/OverviewPage'), 'OverviewPage'),
  // the query options come in a small chunk of their own, so the start carries none of the overview's code
  loader: ({ context: { queryClient } }) =>
    Promise.all([
      loadCatalogs(['overview']),
      import('@/features/overview/overviewQueries').then(({ sendOverviewRequests }) => sendOverviewRequests(queryClient)),
    ]),
});

export const overviewRoutes = [overviewRoute];

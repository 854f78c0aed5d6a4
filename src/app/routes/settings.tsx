import { createRoute } from '@tanstack/react-router';
import { loadCatalogs } from '@/i18n/i18n';
import { awaitPageData, prefetchQuery } from './pageData';
import { lazyPage } from './lazyPage';
import { appRoute } from './root';

/** Token and session lifetimes: the config is asked for beside the chunk and the catalog; a failure is the page's. */
export const lifetimesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/tokens',
  // the page before the loader: scripts/check-size.mjs takes a route's first import() for its page
  component: lazyPage(() => import('@/features/tools/lifetimes/LifetimesPage'), 'LifetimesPage'),
  // the config's query options come in a small chunk of their own, so the start carries none of its code
  loader: ({ context: { queryClient }, cause }) =>
    Promise.all([
      loadCatalogs(['tools']),
      awaitPageData(cause, [import('@/api/tokenConfig').then(({ tokenConfigQuery }) => prefetchQuery(queryClient, tokenConfigQuery()))]),
    ]),
});

export const settingsRoutes = [lifetimesRoute];

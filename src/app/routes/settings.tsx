import { createRoute } from '@tanstack/react-router';
import { tokenConfigQuery } from '@/api/tokenConfig';
import { loadCatalogs } from '@/i18n/i18n';
import { awaitPageData, prefetchQuery } from './pageData';
import { lazyPage } from './lazyPage';
import { appRoute } from './root';

/** Token and session lifetimes: the config is asked for beside the chunk and the catalog; a failure is the page's. */
export const lifetimesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/tokens',
  loader: ({ context: { queryClient }, cause }) =>
    Promise.all([loadCatalogs(['tools']), awaitPageData(cause, [prefetchQuery(queryClient, tokenConfigQuery())])]),
  component: lazyPage(() => import('@/features/tools/lifetimes/LifetimesPage'), 'LifetimesPage'),
});

export const settingsRoutes = [lifetimesRoute];

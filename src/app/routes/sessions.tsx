import { createRoute } from '@tanstack/react-router';
import { activeSessionCountQuery, sessionListQuery } from '@/api/sessionList';
import { blacklistQuery } from '@/api/tokenBlacklist';
import { clientNamesQuery } from '@/components/useClientNames';
import { blacklistSearchSchema, toBlacklistListParams } from '@/features/sessions/blacklistSearch';
import { sessionSearchSchema, toSessionListParams } from '@/features/sessions/sessionSearch';
import { loadCatalogs } from '@/i18n/i18n';
import { awaitPageData, prefetchQuery } from './pageData';
import { lazyPage } from './lazyPage';
import { appRoute } from './root';

export const sessionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions',
  validateSearch: (search) => sessionSearchSchema.parse(search),
  // not `session` (the open details): opening it asks for nothing the list needs
  loaderDeps: ({ search }) => toSessionListParams(search),
  // the list, the active count and the client names, as the page's first paint shows them
  loader: ({ context: { queryClient }, deps, cause }) =>
    Promise.all([
      loadCatalogs(['sessions']),
      awaitPageData(cause, [
        prefetchQuery(queryClient, sessionListQuery(deps)),
        prefetchQuery(queryClient, activeSessionCountQuery()),
        prefetchQuery(queryClient, clientNamesQuery()),
      ]),
    ]),
  component: lazyPage(() => import('@/features/sessions/SessionsPage'), 'SessionsPage'),
});

/** The token blacklist, a view of the sessions area (support staff look for both in one place). */
export const blacklistRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions/blacklist',
  validateSearch: (search) => blacklistSearchSchema.parse(search),
  loaderDeps: ({ search }) => toBlacklistListParams(search),
  loader: ({ context: { queryClient }, deps, cause }) =>
    Promise.all([loadCatalogs(['sessions']), awaitPageData(cause, [prefetchQuery(queryClient, blacklistQuery(deps))])]),
  component: lazyPage(() => import('@/features/sessions/blacklist/BlacklistPage'), 'BlacklistPage'),
});

export const sessionRoutes = [sessionsRoute, blacklistRoute];

import { createRoute } from '@tanstack/react-router';
import { clientNamesQuery } from '@/components/useClientNames';
import { userQueries } from '@/features/users/userQueries';
import { loadCatalogs } from '@/i18n/i18n';
import { awaitPageData, prefetchQuery } from './pageData';
import { lazyPage } from './lazyPage';
import { appRoute } from './root';

/** One user at a glance: every user id in the console links here. */
export const userRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users/$userId',
  // every section's first read, side by side (each section loads, and fails, alone)
  loader: ({ context: { queryClient }, params: { userId }, cause }) =>
    Promise.all([
      loadCatalogs(['sessions']),
      awaitPageData(cause, [
        prefetchQuery(queryClient, userQueries.sessions(userId)),
        prefetchQuery(queryClient, userQueries.tokens(userId)),
        ...userQueries.tokenCounts(userId).map((query) => prefetchQuery(queryClient, query)),
        prefetchQuery(queryClient, userQueries.trustedDevices(userId)),
        prefetchQuery(queryClient, userQueries.deviceLogins()),
        prefetchQuery(queryClient, clientNamesQuery()),
      ]),
    ]),
  component: lazyPage(() => import('@/features/users/UserPage'), 'UserPage'),
});

export const userRoutes = [userRoute];

import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { clientNamesQuery } from '@/components/useClientNames';
import { userQueries } from '@/features/users/userQueries';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

/** Asks for a page's data from its loader without failing the navigation: each section shows a failure in place. */
const settled = (request: Promise<unknown>) => request.catch(() => undefined);

/** One user at a glance: every user id in the console links here. */
export const userRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users/$userId',
  // every section's first read, side by side (each section loads and fails alone)
  loader: ({ context: { queryClient }, params: { userId } }) =>
    Promise.all([
      loadCatalogs(['sessions']),
      settled(queryClient.ensureQueryData(userQueries.sessions(userId))),
      settled(queryClient.ensureQueryData(userQueries.tokens(userId))),
      ...userQueries.tokenCounts(userId).map((query) => settled(queryClient.ensureQueryData(query))),
      settled(queryClient.ensureQueryData(userQueries.deviceLogins())),
      settled(queryClient.ensureQueryData(userQueries.trustedDevices(userId))),
      settled(queryClient.ensureQueryData(clientNamesQuery())),
    ]),
  component: lazyRouteComponent(() => import('@/features/users/UserPage'), 'UserPage'),
});

export const userRoutes = [userRoute];

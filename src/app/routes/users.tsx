import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

/** One user at a glance: every user id in the console links here. */
export const userRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users/$userId',
  loader: () => loadCatalogs([]),
  component: lazyRouteComponent(() => import('@/features/users/UserPage'), 'UserPage'),
});

export const userRoutes = [userRoute];

import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { sessionSearchSchema } from '@/features/sessions/sessionSearch';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

export const sessionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sessions',
  validateSearch: (search) => sessionSearchSchema.parse(search),
  loader: () => loadCatalogs([]),
  component: lazyRouteComponent(() => import('@/features/sessions/SessionsPage'), 'SessionsPage'),
});

export const sessionRoutes = [sessionsRoute];

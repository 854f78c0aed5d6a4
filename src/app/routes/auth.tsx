import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { captureCallbackAnswer } from '@/app/callbackAnswer';
import { loadCatalogs } from '@/i18n/i18n';
import { rootRoute } from './root';

/**
 * Where "Sign in with authms" comes back (the redirect URI). The answer is taken out of the address before anything
 * renders (the code and state never stay in the address bar), then the lazy page exchanges it.
 */
export const authCallbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/auth/callback',
  beforeLoad: ({ location }) => {
    if (captureCallbackAnswer(location.searchStr)) throw redirect({ to: '/auth/callback', replace: true });
  },
  loader: () => loadCatalogs(['auth']),
  component: lazyRouteComponent(() => import('@/app/CallbackRoute'), 'CallbackRoute'),
});

export const authRoutes = [authCallbackRoute];

import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { appBasePath, routerBasepath } from '@/lib/basePath';
import { authRoutes } from './routes/auth';
import { clientRoutes } from './routes/clients';
import { clientTokenRoutes } from './routes/clientTokens';
import { deviceRoutes } from './routes/devices';
import { forbiddenRoute } from './routes/forbidden';
import { overviewRoutes } from './routes/overview';
import { appRoute, rootRoute, signInRoute, type RouterContext } from './routes/root';
import { sessionRoutes } from './routes/sessions';
import { settingsRoutes } from './routes/settings';
import { tokenRoutes } from './routes/tokens';
import { toolRoutes } from './routes/tools';
import { userRoutes } from './routes/users';

export type { RouterContext };

/** The route tree: each area's routes live in their own file under routes/. */
export const routeTree = rootRoute.addChildren([
  signInRoute,
  ...authRoutes,
  appRoute.addChildren([
    ...overviewRoutes,
    ...tokenRoutes,
    ...clientRoutes,
    ...clientTokenRoutes,
    ...deviceRoutes,
    ...sessionRoutes,
    ...userRoutes,
    ...toolRoutes,
    ...settingsRoutes,
    forbiddenRoute,
  ]),
]);

export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context,
    history,
    basepath: routerBasepath(appBasePath(import.meta.env.BASE_URL, () => document.baseURI)),
    // hover or focus on a link loads the route's code, catalog and data (its loader); React Query decides whether
    // data is fresh, so a preloaded route runs its loader again when it is entered (the cache answers at once)
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

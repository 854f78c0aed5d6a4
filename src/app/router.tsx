import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router';
import { z } from 'zod';
import { getCredentials } from '../api/credentials';
import { NotBuiltYet } from '../components/NotBuiltYet';
import { tokenSearchSchema } from '../features/tokens/tokenSearch';
import { i18n } from '../i18n/i18n';
import { AppShell } from './AppShell';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { SignInRoute } from './SignInRoute';

export interface RouterContext {
  queryClient: QueryClient;
  signOut: (reason?: 'expired' | 'signed-out') => void;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

export const signInSearchSchema = z.object({
  redirect: z.string().optional().catch(undefined),
  reason: z.enum(['expired', 'signed-out']).optional().catch(undefined),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search) => signInSearchSchema.parse(search),
  component: SignInRoute,
});

/** Every page behind sign-in; without a session it sends the user to sign in and back here afterwards. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: ({ location }) => {
    if (!getCredentials()) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
  },
  component: function AppLayout() {
    const { signOut } = appRoute.useRouteContext();
    return <AppShell onSignOut={() => signOut('signed-out')} />;
  },
  errorComponent: RouteErrorPage,
  notFoundComponent: NotFoundPage,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/tokens' });
  },
});

const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tokens',
  validateSearch: (search) => tokenSearchSchema.parse(search),
  component: lazyRouteComponent(() => import('../features/tokens/TokensPage'), 'TokensPage'),
});

const clientsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients',
  component: () => <NotBuiltYet title={i18n.t('nav.clients')} />,
});

const devicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/devices',
  component: () => <NotBuiltYet title={i18n.t('nav.devices')} />,
});

const forbiddenRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/forbidden',
  component: function Forbidden() {
    const { signOut } = forbiddenRoute.useRouteContext();
    return <ForbiddenPage onSignOut={() => signOut('signed-out')} />;
  },
});

export const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([indexRoute, tokensRoute, clientsRoute, devicesRoute, forbiddenRoute]),
]);

export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context,
    history,
    basepath: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { useCallback } from 'react';
import * as z from 'zod/mini';
import { getCredentials } from '@/api/credentials';
import { AppShell } from '@/app/AppShell';
import { NotFoundPage } from '@/app/pages/NotFoundPage';
import { RouteErrorPage } from '@/app/pages/RouteErrorPage';
import { loadCatalogs } from '@/i18n/i18n';

export interface RouterContext {
  queryClient: QueryClient;
  signOut: (reason?: 'expired' | 'signed-out') => void;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

export const signInSearchSchema = z.object({
  redirect: z.catch(z.optional(z.string()), undefined),
  reason: z.catch(z.optional(z.enum(['expired', 'signed-out'])), undefined),
  /** `token`: the pasted-token form ("Use an access token instead") rather than "Sign in with authms". */
  method: z.catch(z.optional(z.enum(['token'])), undefined),
});

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search) => signInSearchSchema.parse(search),
  loader: () => loadCatalogs(['auth']),
  // lazy: the sign-in form (react-hook-form) is not part of every page's first load
  component: lazyRouteComponent(() => import('@/app/SignInRoute'), 'SignInRoute'),
});

/** Every page behind sign-in; without a session it sends the user to sign in and back here afterwards. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: ({ location }) => {
    if (!getCredentials()) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
  },
  component: function AppLayout() {
    // only signOut, which never changes: a page change (new search params) does not render the shell again
    const signOut = appRoute.useRouteContext({ select: (context) => context.signOut });
    const onSignOut = useCallback(() => signOut('signed-out'), [signOut]);
    return <AppShell onSignOut={onSignOut} />;
  },
  errorComponent: RouteErrorPage,
  notFoundComponent: NotFoundPage,
});

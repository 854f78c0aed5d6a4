import type { RouterHistory } from '@tanstack/react-router';
import { endSession } from '@/api/session';
import { createQueryClient } from './queryClient';
import { createAppRouter } from './router';

/** Builds the query client and router, wired so that a 401 ends the session and a 403 shows its page. */
export function createApp(options: { history?: RouterHistory; retry?: boolean } = {}) {
  const signOut = (reason: 'expired' | 'signed-out' = 'signed-out') => {
    const here = router.state.location.href;
    // forgets the tokens at once; a sign-out of a "Sign in with authms" session then revokes them at the server
    endSession(reason);
    queryClient.clear();
    void router.navigate({
      to: '/sign-in',
      search: { reason, redirect: reason === 'expired' ? here : undefined },
      replace: reason === 'expired',
    });
  };
  const queryClient = createQueryClient(
    {
      onUnauthorized: () => {
        if (router.state.location.pathname.endsWith('/sign-in')) return;
        signOut('expired');
      },
      onForbidden: () => void router.navigate({ to: '/forbidden', replace: true }),
    },
    { retry: options.retry },
  );
  const router = createAppRouter({ queryClient, signOut }, options.history);
  return { router, queryClient };
}

import type { useRouter } from '@tanstack/react-router';
import { keepDraftsThroughSignIn } from '@/lib/drafts';
import type { GoToAuthorize } from '@/features/auth/useStartSignIn';
import { demoAuthorize } from './demoAuthorize';

/**
 * Where "Sign in with authms" sends the browser: to the server's authorization URL, with the unsaved client
 * drafts kept for the trip (the page is left and a new one comes back). The demo build answers the request in the
 * page instead (its mock cannot show a page of its own) and goes to the callback in the app.
 */
export function goToAuthorize(router: ReturnType<typeof useRouter>): GoToAuthorize {
  if (__DEMO__) return (url) => void demoAuthorize(url).then((href) => router.navigate({ href }));
  return (url) => {
    keepDraftsThroughSignIn();
    window.location.assign(url.href);
  };
}

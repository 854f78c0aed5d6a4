import { getRouteApi, useRouter } from '@tanstack/react-router';
import { SignInPage } from '@/features/auth/SignInPage';
import { goToAuthorize } from './authorize';
import { startDemoSession } from './demoSession';
import { safeRedirect } from './safeRedirect';

const route = getRouteApi('/sign-in');

export function SignInRoute() {
  const search = route.useSearch();
  const router = useRouter();
  return (
    <SignInPage
      reason={search.reason}
      mode={search.method === 'token' ? 'token' : 'authms'}
      onModeChange={(mode) =>
        void router.navigate({
          to: '/sign-in',
          search: (prev) => ({ ...prev, method: mode === 'token' ? 'token' : undefined }),
          replace: true,
        })
      }
      returnTo={safeRedirect(search.redirect)}
      onTryDemo={__DEMO__ ? startDemoSession : undefined}
      // navigate({ href }) puts the router's basepath in front (router.history.push would not): /console/tokens
      onSignedIn={() => void router.navigate({ href: safeRedirect(search.redirect) })}
      onAuthorize={goToAuthorize(router)}
    />
  );
}

import { getRouteApi, useRouter } from '@tanstack/react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { startDemoSession } from './demoSession';
import { safeRedirect } from './safeRedirect';

const route = getRouteApi('/sign-in');

export function SignInRoute() {
  const search = route.useSearch();
  const router = useRouter();
  return (
    <SignInPage
      reason={search.reason}
      onTryDemo={__DEMO__ ? startDemoSession : undefined}
      onSignedIn={() => void router.history.push(safeRedirect(search.redirect))}
    />
  );
}

import { useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { CallbackPage } from '@/features/auth/callback/CallbackPage';
import { finishSignIn, type CallbackOutcome } from '@/features/auth/callback/finishSignIn';
import { currentCallbackVisit } from './callbackAnswer';
import { goToAuthorize } from './authorize';
import { safeRedirect } from './safeRedirect';

/** /auth/callback: exchanges the captured answer once, then lands on the page asked for, or shows the failure. */
export function CallbackRoute() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<CallbackOutcome>();

  useEffect(() => {
    const visit = currentCallbackVisit();
    visit.outcome ??= finishSignIn(visit.answer);
    let current = true;
    void visit.outcome.then((result) => {
      if (!current) return;
      visit.done = true;
      if (result.kind === 'signed-in') void router.navigate({ href: safeRedirect(result.returnTo), replace: true });
      else if (result.kind === 'forbidden') void router.navigate({ to: '/forbidden', replace: true });
      else setOutcome(result);
    });
    return () => {
      current = false;
    };
  }, [router]);

  const failed = outcome?.kind === 'failed' ? outcome : undefined;
  return (
    <CallbackPage
      failure={failed?.failure}
      returnTo={safeRedirect(failed?.returnTo)}
      onBackToSignIn={() => void router.navigate({ to: '/sign-in', search: {} })}
      onAuthorize={goToAuthorize(router)}
    />
  );
}

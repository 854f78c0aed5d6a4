import '@/features/auth/auth.css';
import { useEffect, useRef } from 'react';
import { useLingui } from '@lingui/react';
import { getOAuthConfig } from '@/api/auth/oauthConfig';
import type { SignInFailure } from '@/api/auth/types';
import { SignInFailureDetails } from '@/features/auth/SignInFailureDetails';
import { useStartSignIn, type GoToAuthorize } from '@/features/auth/useStartSignIn';

interface CallbackPageProps {
  /** undefined while the answer is being checked and the code exchanged. */
  failure?: SignInFailure;
  /** Where a new attempt lands (the page the admin asked for in the first place). */
  returnTo: string;
  onBackToSignIn: () => void;
  onAuthorize?: GoToAuthorize;
}

/** /auth/callback: "Signing you in…", or what went wrong with a way forward (sign in again, back to sign-in). */
export function CallbackPage({ failure, returnTo, onBackToSignIn, onAuthorize }: CallbackPageProps) {
  const { _: t } = useLingui();
  const heading = useRef<HTMLHeadingElement>(null);
  const { start, starting, failure: startFailure } = useStartSignIn(onAuthorize);
  const shown = startFailure ?? failure;

  // a failure replaces "Signing you in…": focus moves to its heading, so it is read out
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  if (!shown) {
    return (
      <main id="main" className="sign-in" aria-busy="true">
        <h1>{t('auth.callback.working')}</h1>
        <p role="status">{t('auth.callback.workingHint')}</p>
      </main>
    );
  }
  return (
    <main id="main" className="sign-in">
      <h1 ref={heading} tabIndex={-1}>
        {t(`auth.failure.${shown.kind}.title`)}
      </h1>
      <div className="error-panel" role="alert">
        <SignInFailureDetails failure={shown} setup={getOAuthConfig()} />
      </div>
      <div className="sign-in-actions">
        <button type="button" className="button button-primary" disabled={starting} onClick={() => void start(returnTo)}>
          {starting ? t('auth.authms.starting') : t('auth.failure.signInAgain')}
        </button>
        <button type="button" className="button" onClick={onBackToSignIn}>
          {t('auth.failure.back')}
        </button>
      </div>
    </main>
  );
}

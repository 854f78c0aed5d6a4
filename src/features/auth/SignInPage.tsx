import './auth.css';
import { useEffect, useRef } from 'react';
import { useLingui } from '@lingui/react';
import { loadAuthProtocol } from '@/api/session';
import { getOAuthConfig } from '@/api/auth/oauthConfig';
import { SignInFailureDetails } from './SignInFailureDetails';
import { SignInNotice, type SignInReason } from './SignInNotice';
import { TokenSignInForm } from './TokenSignInForm';
import { useStartSignIn, type GoToAuthorize } from './useStartSignIn';

export type { SignInReason };

export type SignInMode = 'authms' | 'token';

interface SignInPageProps {
  reason?: SignInReason;
  /** "Sign in with authms", or the pasted-token form ("Use an access token instead"). */
  mode: SignInMode;
  onModeChange: (mode: SignInMode) => void;
  /** The console page to land on after signing in (a same-app path). */
  returnTo: string;
  /** Demo mode only: signs in as the demo tenant's admin. */
  onTryDemo?: () => Promise<void>;
  /** After a pasted token was accepted. */
  onSignedIn: () => void;
  /** Where "Sign in with authms" sends the browser (the demo build answers in the page). */
  onAuthorize?: GoToAuthorize;
}

/**
 * The way in: "Sign in with authms" (authorization code + PKCE, the console as the server's own client) first;
 * "Use an access token instead" keeps the pasted-token form one click away; the demo's "Try the demo".
 */
export function SignInPage({ reason, mode, onModeChange, returnTo, onTryDemo, onSignedIn, onAuthorize }: SignInPageProps) {
  const { _: t } = useLingui();
  const { start, starting, failure } = useStartSignIn(onAuthorize);
  const config = getOAuthConfig();
  const switched = useRef(false);
  const authmsButton = useRef<HTMLButtonElement>(null);
  const tokenSection = useRef<HTMLDivElement>(null);

  // the protocol code is needed on the first click: fetch it while the admin reads the page
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 500));
    idle(() => void loadAuthProtocol().catch(() => undefined));
  }, []);

  // after a switch of mode, focus goes to the first control of the new one
  useEffect(() => {
    if (!switched.current) return;
    if (mode === 'token') tokenSection.current?.querySelector('input')?.focus();
    else authmsButton.current?.focus();
  }, [mode]);
  const switchTo = (next: SignInMode) => {
    switched.current = true;
    onModeChange(next);
  };

  const tryDemo = async () => {
    if (!onTryDemo) return;
    await onTryDemo();
    onSignedIn();
  };

  return (
    <main id="main" className="sign-in">
      <h1>{t('auth.title')}</h1>
      <SignInNotice reason={reason} />
      {mode === 'authms' ? (
        <div className="sign-in-mode">
          <p>{t('auth.authms.intro', { server: new URL(config.serverUrl).host })}</p>
          {failure && (
            <div className="error-panel" role="alert">
              <p className="error-panel-title">{t('auth.authms.failed')}</p>
              <p>
                <strong>{t(`auth.failure.${failure.kind}.title`)}</strong>
              </p>
              <SignInFailureDetails failure={failure} setup={config} />
            </div>
          )}
          <button
            ref={authmsButton}
            type="button"
            className="button button-primary"
            disabled={starting}
            // after a sign-out, the server shows its sign-in form again rather than signing the same account back in
            onClick={() => void start(returnTo, reason === 'signed-out' ? 'login' : undefined)}
          >
            {starting ? t('auth.authms.starting') : t('auth.authms.submit')}
          </button>
          <button type="button" className="link-button" onClick={() => switchTo('token')}>
            {t('auth.useToken')}
          </button>
        </div>
      ) : (
        <div className="sign-in-mode" ref={tokenSection}>
          <TokenSignInForm onSignedIn={onSignedIn} />
          <button type="button" className="link-button" onClick={() => switchTo('authms')}>
            {t('auth.useAuthms')}
          </button>
        </div>
      )}
      {onTryDemo && (
        <div className="sign-in-demo">
          <p>{t('auth.demoHint')}</p>
          <button type="button" className="button" onClick={() => void tryDemo()}>
            {t('auth.tryDemo')}
          </button>
        </div>
      )}
    </main>
  );
}

import { useEffect, useRef } from 'react';
import { useLingui } from '@lingui/react';
import { Dialog } from '@/components/Dialog';
import { StepOutcomes, type StepView } from '@/components/StepOutcomes';
import type { StepResult } from '@/components/steps';
import { allDone, useEndUserSessions, type EndUserSteps } from '@/components/useEndUserSessions';
import type { TFunction } from '@/i18n/i18n';

function stepViews(steps: EndUserSteps, t: TFunction, n: (value: number) => string): StepView[] {
  const detail = (result: StepResult | undefined, counted: string, uncounted: string) =>
    result?.count === undefined ? t(uncounted) : t(counted, { count: result.count, n: n(result.count) });
  return [
    { key: 'sessions', ...steps.sessions, label: t('users.signOut.stepSessions'), detail: detail(steps.sessions, 'users.signOut.ended', 'users.signOut.endedUncounted') },
    ...(steps.sessionTokens
      ? [{ key: 'session-tokens', ...steps.sessionTokens, label: t('users.signOut.stepSessionTokens'), detail: detail(steps.sessionTokens, 'users.signOut.revoked', 'users.signOut.revokedUncounted') }]
      : []),
    ...(steps.oauthTokens
      ? [{ key: 'oauth-tokens', ...steps.oauthTokens, label: t('users.signOut.stepOAuthTokens'), detail: detail(steps.oauthTokens, 'users.signOut.revoked', 'users.signOut.revokedUncounted') }]
      : []),
  ];
}

/**
 * "Sign out everywhere": ends every session of the user, then revokes every token (both user-wide routes), so
 * nothing issued before keeps working; each step's outcome is shown, and a failed run can be sent again.
 */
export function SignOutEverywhereDialog({ userId, open, onClose }: { userId: string; open: boolean; onClose: () => void }) {
  const { _: t, i18n } = useLingui();
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  const signOut = useEndUserSessions();
  const stepsRef = useRef<HTMLDivElement>(null);
  const started = signOut.steps !== undefined;
  useEffect(() => {
    if (started) stepsRef.current?.focus();
  }, [started]);

  const close = () => {
    if (signOut.isRunning) return;
    signOut.reset();
    onClose();
  };
  const go = () => void signOut.run({ userId, revokeTokens: true }).catch(() => undefined);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && close()}
      title={t('users.signOut.title', { user: userId })}
      description={started ? undefined : t('users.signOut.description', { user: userId })}
      busy={signOut.isRunning}
      footer={
        !started ? (
          <>
            <button key="cancel" type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button key="confirm" type="button" className="button button-danger" onClick={go}>
              {t('users.signOut.confirm')}
            </button>
          </>
        ) : (
          <>
            {!signOut.isRunning && !allDone(signOut.steps) && (
              <button key="again" type="button" className="button" onClick={go}>
                {t('users.signOut.again')}
              </button>
            )}
            <button key="close" type="button" className="button button-primary" onClick={close} disabled={signOut.isRunning}>
              {t('common.close')}
            </button>
          </>
        )
      }
    >
      {!started ? (
        <ol className="plain-steps">
          <li>{t('users.signOut.planSessions')}</li>
          <li>{t('users.signOut.planTokens')}</li>
        </ol>
      ) : (
        <div ref={stepsRef} tabIndex={-1}>
          <StepOutcomes steps={stepViews(signOut.steps!, t, n)} label={t('users.signOut.stepsLabel')} />
          {!signOut.isRunning && allDone(signOut.steps) && <p className="notice">{t('users.signOut.done', { user: userId })}</p>}
        </div>
      )}
    </Dialog>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useLingui } from '@lingui/react';
import type { TFunction } from '@/i18n/i18n';
import { Dialog } from './Dialog';
import { StepOutcomes, type StepView } from './StepOutcomes';
import type { StepResult } from './steps';
import { allDone, useEndUserSessions, type EndUserSteps } from './useEndUserSessions';

function stepViews(steps: EndUserSteps, user: string, t: TFunction, n: (value: number) => string): StepView[] {
  const view = (key: string, step: StepResult | undefined, label: string, counted: string, uncounted: string): StepView[] =>
    step ? [{ key, ...step, label, detail: step.count === undefined ? t(uncounted) : t(counted, { count: step.count, n: n(step.count) }) }] : [];
  return [
    ...view('sessions', steps.sessions, t('sessions.endUser.stepSessions', { user }), 'sessions.end.ended', 'sessions.end.endedUncounted'),
    ...view('session-tokens', steps.sessionTokens, t('sessions.end.stepSessionTokens', { user }), 'sessions.end.revoked', 'sessions.end.revokedUncounted'),
    ...view('oauth-tokens', steps.oauthTokens, t('sessions.end.stepOAuthTokens', { user }), 'sessions.end.revoked', 'sessions.end.revokedUncounted'),
  ];
}

interface EndUserSessionsDialogProps {
  /** The user whose sessions to end; the dialog is open while set. */
  userId: string | undefined;
  /**
   * `offer`: end the sessions, saying that issued access tokens stay valid, with a box to revoke the tokens too (the
   * sessions page); `always`: "sign out everywhere", sessions and every token (the user view).
   */
  tokens: 'offer' | 'always';
  onClose: () => void;
}

/**
 * Ends every session of one user (`…/sessions/user/{id}`) and, as asked, revokes the user's tokens in the same flow;
 * then each step's outcome, and a new run when one failed. Shared by the sessions page and the user view, whose
 * routes both load the `sessions` catalog its texts come from.
 */
export function EndUserSessionsDialog({ userId, tokens, onClose }: EndUserSessionsDialogProps) {
  const { _: t, i18n } = useLingui();
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  const end = useEndUserSessions();
  const [checked, setChecked] = useState(false);
  const checkboxId = useId();
  const stepsRef = useRef<HTMLDivElement>(null);
  const started = end.steps !== undefined;
  const everywhere = tokens === 'always';
  const revokeTokens = everywhere || checked;
  const user = userId ?? '';

  // the confirm button that had focus is gone once the run starts: keep focus in the dialog, on the steps
  useEffect(() => {
    if (started) stepsRef.current?.focus();
  }, [started]);

  const close = () => {
    if (end.isRunning) return;
    end.reset();
    setChecked(false);
    onClose();
  };
  const run = () => void end.run({ userId: user, revokeTokens }).catch(() => undefined);

  return (
    <Dialog
      open={userId !== undefined}
      onOpenChange={(open) => !open && close()}
      title={everywhere ? t('sessions.user.signOut.title', { user }) : t('sessions.endUser.title', { user })}
      description={started ? undefined : everywhere ? t('sessions.user.signOut.description') : t('sessions.endUser.description', { user })}
      busy={end.isRunning}
      footer={
        !started ? (
          <>
            <button key="cancel" type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button key="confirm" type="button" className="button button-danger" onClick={run}>
              {everywhere
                ? t('sessions.user.signOut.confirm')
                : revokeTokens
                  ? t('sessions.endUser.confirmWithTokens')
                  : t('sessions.endUser.confirm')}
            </button>
          </>
        ) : (
          <>
            {!end.isRunning && !allDone(end.steps) && (
              <button key="again" type="button" className="button" onClick={run}>
                {t('sessions.endUser.again')}
              </button>
            )}
            <button key="close" type="button" className="button button-primary" onClick={close} disabled={end.isRunning}>
              {t('common.close')}
            </button>
          </>
        )
      }
    >
      {started ? (
        <div ref={stepsRef} tabIndex={-1}>
          <StepOutcomes steps={stepViews(end.steps!, user, t, n)} label={t('sessions.end.stepsLabel')} />
          {everywhere && !end.isRunning && allDone(end.steps) && <p className="notice">{t('sessions.user.signOut.done', { user })}</p>}
        </div>
      ) : everywhere ? (
        <ol className="plain-steps">
          <li>{t('sessions.user.signOut.planSessions')}</li>
          <li>{t('sessions.user.signOut.planTokens')}</li>
        </ol>
      ) : (
        <>
          <p className="notice notice-warning">{t('sessions.end.tokensStayValid', { count: 2 })}</p>
          <label className="checkbox-field" htmlFor={checkboxId}>
            <input id={checkboxId} type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
            <span>{t('sessions.end.alsoRevokeOne', { user })}</span>
          </label>
        </>
      )}
    </Dialog>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useLingui } from '@lingui/react';
import { Dialog } from '@/components/Dialog';
import { StepOutcomes } from '@/components/StepOutcomes';
import { useEndUserSessions } from '@/components/useEndUserSessions';
import { endUserStepViews } from './endUserSteps';
import { TokensStayValidNote } from './TokensStayValidNote';

interface EndUserSessionsDialogProps {
  /** The user whose sessions to end; the dialog is open while set. */
  userId: string | undefined;
  onClose: () => void;
}

/**
 * Ends every session of one user (`…/sessions/user/{id}`), saying that issued access tokens stay valid and offering
 * to revoke the user's tokens in the same flow; then each step's outcome.
 */
export function EndUserSessionsDialog({ userId, onClose }: EndUserSessionsDialogProps) {
  const { _: t, i18n } = useLingui();
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  const end = useEndUserSessions();
  const [revokeTokens, setRevokeTokens] = useState(false);
  const checkboxId = useId();
  const stepsRef = useRef<HTMLDivElement>(null);
  const started = end.steps !== undefined;
  const user = userId ?? '';

  useEffect(() => {
    if (started) stepsRef.current?.focus();
  }, [started]);

  const close = () => {
    if (end.isRunning) return;
    end.reset();
    setRevokeTokens(false);
    onClose();
  };
  const failed = end.steps && Object.values(end.steps).some((step) => step?.state === 'failed');

  return (
    <Dialog
      open={userId !== undefined}
      onOpenChange={(open) => !open && close()}
      title={started ? t('sessions.endUser.progressTitle', { user }) : t('sessions.endUser.title', { user })}
      description={started ? undefined : t('sessions.endUser.description', { user })}
      busy={end.isRunning}
      footer={
        !started ? (
          <>
            <button key="cancel" type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button
              key="confirm"
              type="button"
              className="button button-danger"
              onClick={() => void end.run({ userId: user, revokeTokens }).catch(() => undefined)}
            >
              {revokeTokens ? t('sessions.endUser.confirmWithTokens') : t('sessions.endUser.confirm')}
            </button>
          </>
        ) : (
          <>
            {failed && !end.isRunning && (
              <button key="again" type="button" className="button" onClick={() => void end.run({ userId: user, revokeTokens }).catch(() => undefined)}>
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
      {!started ? (
        <>
          <TokensStayValidNote count={2} />
          <label className="checkbox-field" htmlFor={checkboxId}>
            <input id={checkboxId} type="checkbox" checked={revokeTokens} onChange={(e) => setRevokeTokens(e.target.checked)} />
            <span>{t('sessions.end.alsoRevokeOne', { user })}</span>
          </label>
        </>
      ) : (
        <div ref={stepsRef} tabIndex={-1}>
          <StepOutcomes steps={endUserStepViews(end.steps!, user, t, n)} label={t('sessions.end.stepsLabel')} />
        </div>
      )}
    </Dialog>
  );
}

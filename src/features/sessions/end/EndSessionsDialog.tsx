import { useEffect, useId, useRef, useState } from 'react';
import { useLingui } from '@lingui/react';
import type { SessionItem } from '@/api/schemas/sessions';
import type { TFunction } from '@/i18n/i18n';
import { Dialog } from '@/components/Dialog';
import { StepOutcomes, type StepView } from '@/components/StepOutcomes';
import type { StepResult } from '@/components/steps';
import { progressOf, type EndRun } from './endPlan';
import { TokensStayValidNote } from './TokensStayValidNote';
import { useEndSessions } from './useEndSessions';

interface EndSessionsDialogProps {
  /** The sessions to end; the dialog is open while set. */
  sessions: readonly SessionItem[] | undefined;
  /** Called when the dialog closes (never while requests run); `started` once the run began. */
  onClose: (started: boolean) => void;
}

/**
 * Ends one session or the selected ones: says what ending does and does not do (issued access tokens stay valid),
 * offers to revoke the users' tokens in the same flow, then shows each request's outcome ("n of m") with a retry
 * of the failed ones.
 */
export function EndSessionsDialog({ sessions: given, onClose }: EndSessionsDialogProps) {
  const { _: t, i18n } = useLingui();
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  const end = useEndSessions();
  const sessions = given ?? [];
  const [revokeTokens, setRevokeTokens] = useState(false);
  const checkboxId = useId();
  const progressRef = useRef<HTMLDivElement>(null);
  const started = end.run !== undefined;
  const progress = progressOf(end.run);
  const users = [...new Set(sessions.flatMap((s) => (s.user_id ? [s.user_id] : [])))];
  const count = sessions.length;
  const single = count === 1 ? sessions[0] : undefined;

  // The confirm button that had focus is gone once the run starts: keep focus in the dialog, on the progress.
  useEffect(() => {
    if (started) progressRef.current?.focus();
  }, [started]);

  const close = () => {
    if (end.isRunning) return;
    end.reset();
    setRevokeTokens(false);
    onClose(started);
  };

  const footer = !started ? (
    <>
      <button key="cancel" type="button" className="button" onClick={close}>
        {t('common.cancel')}
      </button>
      <button key="confirm" type="button" className="button button-danger" onClick={() => end.start({ sessions, revokeTokens })}>
        {revokeTokens ? t('sessions.end.confirmWithTokens', { count, n: n(count) }) : t('sessions.end.confirm', { count, n: n(count) })}
      </button>
    </>
  ) : (
    <>
      {progress.failed > 0 && !end.isRunning && (
        <button key="retry" type="button" className="button" onClick={() => end.retryFailed()}>
          {t('sessions.end.retryFailed', { count: progress.failed, n: n(progress.failed) })}
        </button>
      )}
      <button key="close" type="button" className="button button-primary" onClick={close} disabled={end.isRunning}>
        {t('common.close')}
      </button>
    </>
  );

  return (
    <Dialog
      open={given !== undefined}
      onOpenChange={(open) => !open && close()}
      title={started ? t('sessions.end.progressTitle') : t('sessions.end.title', { count, n: n(count) })}
      description={
        started
          ? undefined
          : single
            ? t('sessions.end.descriptionOne', { id: single.id ?? '—', user: single.user_id ?? '—' })
            : t('sessions.end.descriptionMany', { n: n(count), users: users.length, u: n(users.length) })
      }
      busy={end.isRunning}
      wide
      footer={footer}
    >
      {!started ? (
        <>
          <TokensStayValidNote count={count} />
          <label className="checkbox-field" htmlFor={checkboxId}>
            <input id={checkboxId} type="checkbox" checked={revokeTokens} onChange={(e) => setRevokeTokens(e.target.checked)} />
            <span>
              {users.length === 1
                ? t('sessions.end.alsoRevokeOne', { user: users[0] ?? '' })
                : t('sessions.end.alsoRevokeMany', { count: users.length, n: n(users.length) })}
            </span>
          </label>
        </>
      ) : (
        <>
          <div className="bulk-progress" ref={progressRef} tabIndex={-1}>
            <progress value={progress.done} max={progress.total} aria-label={t('sessions.end.progressLabel')} />
            <p role="status">
              {t('sessions.end.progress', { done: n(progress.done), total: n(progress.total) })}
              {' · '}
              {t('sessions.end.ended', { count: progress.ended, n: n(progress.ended) })}
              {progress.failed > 0 && <> · {t('sessions.end.failed', { count: progress.failed, n: n(progress.failed) })}</>}
            </p>
          </div>
          <div className="bulk-list" tabIndex={0} role="region" aria-label={t('sessions.end.stepsLabel')}>
            <StepOutcomes steps={stepsOf(end.run!, t, n)} label={t('sessions.end.stepsLabel')} />
          </div>
        </>
      )}
    </Dialog>
  );
}

function stepsOf(run: EndRun, t: TFunction, n: (value: number) => string): StepView[] {
  const total = run.chunks.length;
  const revoked = (result: StepResult) =>
    result.count === undefined ? t('sessions.end.revokedUncounted') : t('sessions.end.revoked', { count: result.count, n: n(result.count) });
  return [
    ...run.chunks.map((c, i) => ({
      key: `chunk-${i}`,
      ...c.result,
      label:
        c.ids.length === 1 && total === 1
          ? t('sessions.end.stepOne', { id: c.ids[0] ?? '' })
          : t('sessions.end.stepChunk', { i: n(i + 1), m: n(total), count: c.ids.length, n: n(c.ids.length) }),
      detail: t('sessions.end.ended', { count: c.result.count ?? c.ids.length, n: n(c.result.count ?? c.ids.length) }),
    })),
    ...run.users.flatMap((u) => [
      { key: `session-tokens-${u.userId}`, ...u.sessionTokens, label: t('sessions.end.stepSessionTokens', { user: u.userId }), detail: revoked(u.sessionTokens) },
      { key: `oauth-tokens-${u.userId}`, ...u.oauthTokens, label: t('sessions.end.stepOAuthTokens', { user: u.userId }), detail: revoked(u.oauthTokens) },
    ]),
  ];
}

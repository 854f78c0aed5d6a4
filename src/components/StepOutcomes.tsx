import { useLingui } from '@lingui/react';
import { isApiError } from '@/api/errors';
import { errorMessage } from './errorMessage';
import { StatusBadge, type BadgeTone } from './StatusBadge';
import type { StepResult, StepState } from './steps';

const TONE: Record<StepState, BadgeTone> = { waiting: 'neutral', running: 'info', done: 'success', failed: 'danger' };

export interface StepView extends StepResult {
  key: string;
  /** What the step does, in the area's words. */
  label: string;
  /** What it did, when done (e.g. "3 ended"), in the area's words. */
  detail?: string;
}

/**
 * The steps of a flow with each one's outcome as it comes: waiting, running, done (with what it did) or failed (the
 * message, the server's words and the request id). A polite live region, so the outcomes are announced.
 */
export function StepOutcomes({ steps, label }: { steps: readonly StepView[]; label: string }) {
  const { _: t } = useLingui();
  return (
    <ol className="step-outcomes" aria-label={label} aria-live="polite">
      {steps.map((step) => {
        const api = isApiError(step.error) ? step.error : undefined;
        const message = step.state === 'failed' ? errorMessage(step.error, t) : undefined;
        const server = api?.kind === 'http' && api.message !== message ? api.message : undefined;
        return (
          <li key={step.key} data-state={step.state}>
            <StatusBadge tone={TONE[step.state]}>{t(`steps.${step.state}`)}</StatusBadge>{' '}
            <span className="step-label">{step.label}</span>
            {step.state === 'done' && step.detail && <span className="muted"> · {step.detail}</span>}
            {message && (
              <span className="step-error">
                {message}
                {server && <> {t('errors.serverSaid', { text: server })}</>}
                {api?.status !== undefined && <> · {t('errors.status')} {api.status}</>}
                {api?.requestId && (
                  <>
                    {' '}
                    · {t('errors.requestId')} <code>{api.requestId}</code>
                  </>
                )}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

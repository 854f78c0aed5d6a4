import { useEffect, useRef } from 'react';
import { useLingui } from '@lingui/react';
import { isSingleRevokeUnsupported } from '@/api/revoke';
import { Dialog } from '@/components/Dialog';
import { BulkOutcomeList } from './BulkOutcomeList';
import type { RevocableToken } from '@/features/tokens/revocable';
import { useBulkRevoke } from './useBulkRevoke';

interface BulkRevokeDialogProps {
  open: boolean;
  /** The selected tokens, revoked when the admin confirms. */
  tokens: RevocableToken[];
  /** Called when the dialog closes (never while requests run). */
  onClose: () => void;
}

/**
 * Confirms a bulk revoke, then shows its progress (n of m), each token's outcome, and a retry of the failed ones.
 * The run's state lives here, so each outcome re-renders this dialog only, not the page's table behind it.
 */
export function BulkRevokeDialog({ open, tokens, onClose: onClosed }: BulkRevokeDialogProps) {
  const { _: t, i18n } = useLingui();
  const bulk = useBulkRevoke();
  const onClose = () => {
    if (bulk.isRunning) return;
    bulk.reset();
    onClosed();
  };
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  const { outcomes, progress, isRunning } = bulk;
  const started = outcomes.length > 0;
  const progressRef = useRef<HTMLDivElement>(null);
  // The confirm button that had focus is gone once the run starts: keep focus in the dialog, on the progress.
  useEffect(() => {
    if (started) progressRef.current?.focus();
  }, [started]);
  const unsupported = outcomes.some((o) => o.state === 'failed' && isSingleRevokeUnsupported(o.error));

  const footer = !started ? (
    <>
      <button type="button" className="button" onClick={onClose}>
        {t('common.cancel')}
      </button>
      <button type="button" className="button button-danger" onClick={() => bulk.start(tokens)}>
        {t('tokens.bulk.confirm', { count: tokens.length, n: n(tokens.length) })}
      </button>
    </>
  ) : (
    <>
      {progress.failed > 0 && !isRunning && (
        <button type="button" className="button" onClick={() => bulk.retryFailed()}>
          {t('tokens.bulk.retryFailed', { count: progress.failed, n: n(progress.failed) })}
        </button>
      )}
      <button type="button" className="button button-primary" onClick={onClose} disabled={isRunning}>
        {t('common.close')}
      </button>
    </>
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={started ? t('tokens.bulk.progressTitle') : t('tokens.bulk.title', { count: tokens.length, n: n(tokens.length) })}
      description={started ? undefined : t('tokens.bulk.description')}
      busy={isRunning}
      wide
      footer={footer}
    >
      {started && (
        <div className="bulk-progress" ref={progressRef} tabIndex={-1}>
          <progress value={progress.done} max={progress.total} aria-label={t('tokens.bulk.progressLabel')} />
          <p role="status" aria-live="polite">
            {t('tokens.bulk.progress', { done: n(progress.done), total: n(progress.total) })}
            {' · '}
            {t('tokens.bulk.succeeded', { n: n(progress.succeeded) })}
            {' · '}
            {t('tokens.bulk.failed', { n: n(progress.failed) })}
          </p>
        </div>
      )}
      {unsupported && !isRunning && <p className="notice">{t('tokens.bulk.unsupportedHint')}</p>}
      <BulkOutcomeList tokens={tokens} outcomes={outcomes} />
    </Dialog>
  );
}

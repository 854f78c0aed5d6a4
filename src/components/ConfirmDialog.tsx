import { useId, useRef, useState } from 'react';
import { useLingui } from '@lingui/react';
import { Dialog } from './Dialog';
import { ErrorPanel } from './ErrorPanel';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  /** Runs once per confirmation; a second click or Enter while it runs sends nothing. */
  onConfirm: () => Promise<unknown> | void;
  /** When set, the user must type this exact text before confirming (for destructive, wide actions). */
  typedConfirmation?: string;
  tone?: 'danger' | 'primary';
  children?: React.ReactNode;
  /** Extra condition for the confirm button (e.g. a valid field in `children`). */
  canConfirm?: boolean;
}

/**
 * A confirmation for an action: names what will happen, optionally asks to type a name, guards against double
 * submission, shows a failure in place (the dialog stays open to retry) and closes on success.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  onConfirm,
  typedConfirmation,
  tone = 'danger',
  children,
  canConfirm = true,
}: ConfirmDialogProps) {
  const { _: t } = useLingui();
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const running = useRef(false);
  const inputId = useId();
  const typedOk = typedConfirmation === undefined || typed.trim() === typedConfirmation;

  const reset = () => {
    setTyped('');
    setFailure(undefined);
  };

  const confirm = async () => {
    if (running.current || !typedOk || !canConfirm) return;
    running.current = true;
    setPending(true);
    setFailure(undefined);
    try {
      await onConfirm();
      reset();
      onOpenChange(false);
    } catch (error) {
      setFailure(error);
    } finally {
      running.current = false;
      setPending(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) reset();
        onOpenChange(next);
      }}
      title={title}
      description={description}
      busy={pending}
      footer={
        <>
          <button type="button" className="button" onClick={() => onOpenChange(false)} disabled={pending}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form={`${inputId}-form`}
            className={tone === 'danger' ? 'button button-danger' : 'button button-primary'}
            disabled={pending || !typedOk || !canConfirm}
            aria-busy={pending || undefined}
          >
            {pending ? t('common.working') : confirmLabel}
          </button>
        </>
      }
    >
      <form
        id={`${inputId}-form`}
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        {children}
        {typedConfirmation !== undefined && (
          <div className="field">
            <label htmlFor={inputId}>{t('common.typeToConfirm', { text: typedConfirmation })}</label>
            <input
              id={inputId}
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setTyped(e.target.value)}
              aria-invalid={typed !== '' && !typedOk ? true : undefined}
            />
          </div>
        )}
        {failure !== undefined && <ErrorPanel error={failure} />}
      </form>
    </Dialog>
  );
}

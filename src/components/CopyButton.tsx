import { type TFunction, useTranslation } from '@/i18n/useTranslation';
import { notify } from './notify';

/** Copies a value to the clipboard; its accessible name says what it copies. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return <PlainCopyButton value={value} label={label} t={t} />;
}

interface PlainCopyButtonProps {
  value: string;
  label: string;
  /** The button's name ("Copy {label}"), when the caller has it already. */
  name?: string;
  t: TFunction<string>;
}

/**
 * CopyButton without its own translation hook, for table cells: `t` is the page's (of any namespace; the common
 * strings are asked for by namespace), so a page of rows does not subscribe to i18n once per row.
 */
export function PlainCopyButton({ value, label, name: givenName, t }: PlainCopyButtonProps) {
  const name = givenName ?? t('common.copy', { ns: 'common', what: label });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      notify.success(t('common.copied', { ns: 'common', what: label }));
    } catch {
      notify.error(t('common.copyFailed', { ns: 'common' }));
    }
  };
  return (
    <button type="button" className="icon-button" onClick={() => void copy()} aria-label={name} title={name}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path d="M5 2h7a2 2 0 0 1 2 2v7h-2V4H5z M2 6a2 2 0 0 1 2-2h5a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2z" fill="currentColor" />
      </svg>
    </button>
  );
}

import { useLingui } from '@lingui/react';
import type { TFunction } from '@/i18n/i18n';
import { notify } from './notify';

/** Copies a value to the clipboard; its accessible name says what it copies. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { _: t } = useLingui();
  return <PlainCopyButton value={value} label={label} t={t} />;
}

interface PlainCopyButtonProps {
  value: string;
  label: string;
  /** The button's name ("Copy {label}"), when the caller has it already. */
  name?: string;
  t: TFunction;
}

/**
 * CopyButton without its own translation hook, for table cells: `t` is the page's, so a page of rows does not subscribe to i18n once per row.
 */
export function PlainCopyButton({ value, label, name: givenName, t }: PlainCopyButtonProps) {
  const name = givenName ?? t('common.copy', { what: label });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      notify.success(t('common.copied', { what: label }));
    } catch {
      notify.error(t('common.copyFailed'));
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

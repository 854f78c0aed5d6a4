import { memo } from 'react';
import { useLingui } from '@lingui/react';

interface SelectionBarProps {
  count: number;
  onEnd: () => void;
  onClear: () => void;
}

/** The action on the picked sessions (kept across pages); the count is announced as it changes. */
export const SelectionBar = memo(function SelectionBar({ count, onEnd, onClear }: SelectionBarProps) {
  const { _: t, i18n } = useLingui();
  const n = new Intl.NumberFormat(i18n.locale).format(count);
  return (
    <div className="bulk-bar">
      <p role="status" aria-live="polite" className="bulk-bar-count">
        {count > 0 ? t('sessions.select.count', { count, n }) : t('sessions.select.hint')}
      </p>
      {/* aria-disabled, not disabled: focus comes back here after the dialog, when the selection is empty */}
      <button type="button" className="button button-danger" aria-disabled={count === 0 || undefined} onClick={() => count > 0 && onEnd()}>
        {t('sessions.select.end', { count, n })}
      </button>
      {count > 0 && (
        <button type="button" className="button button-quiet" onClick={onClear}>
          {t('sessions.select.clear')}
        </button>
      )}
    </div>
  );
});

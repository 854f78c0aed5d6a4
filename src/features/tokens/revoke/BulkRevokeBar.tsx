import { memo } from 'react';
import { useLingui } from '@lingui/react';

interface BulkRevokeBarProps {
  count: number;
  onRevoke: () => void;
  onClear: () => void;
}

/** The actions on the selected rows; the count is announced as it changes. */
export const BulkRevokeBar = memo(function BulkRevokeBar({ count, onRevoke, onClear }: BulkRevokeBarProps) {
  const { _: t, i18n } = useLingui();
  const n = new Intl.NumberFormat(i18n.locale).format(count);
  return (
    <div className="bulk-bar">
      <p role="status" aria-live="polite" className="bulk-bar-count">
        {count > 0 ? t('tokens.bulk.selected', { count, n }) : t('tokens.bulk.hint')}
      </p>
      {/* aria-disabled, not disabled: focus comes back here after the bulk dialog, when the selection is empty */}
      <button
        type="button"
        className="button button-danger"
        aria-disabled={count === 0 || undefined}
        onClick={() => count > 0 && onRevoke()}
      >
        {t('tokens.bulk.revokeSelected', { count, n })}
      </button>
      {count > 0 && (
        <button type="button" className="button button-quiet" onClick={onClear}>
          {t('tokens.bulk.clear')}
        </button>
      )}
    </div>
  );
});

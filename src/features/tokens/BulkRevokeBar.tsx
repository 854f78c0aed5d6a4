import { memo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

interface BulkRevokeBarProps {
  count: number;
  onRevoke: () => void;
  onClear: () => void;
}

/** The actions on the selected rows; the count is announced as it changes. */
export const BulkRevokeBar = memo(function BulkRevokeBar({ count, onRevoke, onClear }: BulkRevokeBarProps) {
  const { t, i18n } = useTranslation('tokens');
  const n = new Intl.NumberFormat(i18n.language).format(count);
  return (
    <div className="bulk-bar">
      <p role="status" aria-live="polite" className="bulk-bar-count">
        {count > 0 ? t('bulk.selected', { count, n }) : t('bulk.hint')}
      </p>
      {/* aria-disabled, not disabled: focus comes back here after the bulk dialog, when the selection is empty */}
      <button
        type="button"
        className="button button-danger"
        aria-disabled={count === 0 || undefined}
        onClick={() => count > 0 && onRevoke()}
      >
        {t('bulk.revokeSelected', { count, n })}
      </button>
      {count > 0 && (
        <button type="button" className="button button-quiet" onClick={onClear}>
          {t('bulk.clear')}
        </button>
      )}
    </div>
  );
});

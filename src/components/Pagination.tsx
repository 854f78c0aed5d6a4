import { useLingui } from '@lingui/react';
import { PAGE_SIZES, type PageSummary } from '@/lib/pagination';

interface PaginationProps {
  summary: PageSummary;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  label: string;
}

export function Pagination({ summary, onPageChange, onPageSizeChange, label }: PaginationProps) {
  const { _: t, i18n } = useLingui();
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination-range" aria-live="polite">
        {t('pagination.range', { from: n(summary.from), to: n(summary.to), total: n(summary.total) })}
      </p>
      <label className="inline-field">
        <span>{t('pagination.pageSize')}</span>
        <select value={summary.pageSize} onChange={(e) => onPageSizeChange(Number(e.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" disabled={!summary.hasPrev} onClick={() => onPageChange(summary.page - 1)}>
        {t('pagination.previous')}
      </button>
      <span>{t('pagination.pageOf', { page: n(summary.page), pages: n(Math.max(summary.totalPages, 1)) })}</span>
      <button type="button" className="button" disabled={!summary.hasNext} onClick={() => onPageChange(summary.page + 1)}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}

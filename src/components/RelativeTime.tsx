import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative, parseTimestamp } from '../lib/time';
import { useNow } from './useNow';

/** A time shown relative to now ("in 5 minutes"), live, with the exact time on hover and for screen readers. */
export function RelativeTime({ value, intervalMs }: { value: string | undefined; intervalMs?: number }) {
  const { i18n } = useTranslation();
  const now = useNow(intervalMs);
  const date = parseTimestamp(value);
  if (!date) return <span aria-label="—">—</span>;
  const exact = formatDateTime(date, i18n.language);
  return (
    <time dateTime={date.toISOString()} title={exact}>
      {formatRelative(date, now, i18n.language)}
    </time>
  );
}

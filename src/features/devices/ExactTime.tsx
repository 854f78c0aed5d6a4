import { useTranslation } from '@/i18n/useTranslation';
import { RelativeTime } from '@/components/RelativeTime';
import { formatDateTime, parseTimestamp } from '@/lib/time';

/** A timestamp in full: the exact local time with seconds and zone, the server's own text, and how long ago. */
export function ExactTime({ value }: { value: string | undefined }) {
  const { i18n } = useTranslation();
  const date = parseTimestamp(value);
  if (!date) return <>{value ?? '—'}</>;
  return (
    <span className="exact-time">
      <time dateTime={date.toISOString()}>{formatDateTime(date, i18n.language)}</time>
      <span className="muted">
        {' '}
        (<RelativeTime value={value} intervalMs={1000} />)
      </span>
      <code className="muted exact-time-raw">{value}</code>
    </span>
  );
}

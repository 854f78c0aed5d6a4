import { useLingui } from '@lingui/react';
import { RelativeTime } from '@/components/RelativeTime';
import { formatDateTime, parseTimestamp } from '@/lib/time';

/** A timestamp in full: the exact local time with seconds and zone, the server's own text, and how long ago. */
export function ExactTime({ value }: { value: string | undefined }) {
  const { i18n } = useLingui();
  const date = parseTimestamp(value);
  if (!date) return <>{value ?? '—'}</>;
  return (
    <span className="exact-time">
      <time dateTime={date.toISOString()}>{formatDateTime(date, i18n.locale)}</time>
      <span className="muted">
        {' '}
        (<RelativeTime value={value} intervalMs={1000} />)
      </span>
      <code className="muted exact-time-raw">{value}</code>
    </span>
  );
}

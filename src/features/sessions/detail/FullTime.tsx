import { useLingui } from '@lingui/react';
import { RelativeTime } from '@/components/RelativeTime';
import { formatDateTime, parseTimestamp } from '@/lib/time';

/** A timestamp in full: the exact local time with its zone, and how long ago (or until). */
export function FullTime({ value }: { value: string | undefined }) {
  const { i18n } = useLingui();
  const date = parseTimestamp(value);
  if (!date) return <>{value ?? '—'}</>;
  return (
    <>
      <time dateTime={date.toISOString()}>{formatDateTime(date, i18n.locale)}</time>{' '}
      <span className="muted">
        (<RelativeTime value={value} />)
      </span>
    </>
  );
}

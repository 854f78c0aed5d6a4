import { useLingui } from '@lingui/react';
import { i18n } from '@/i18n/i18n';
import { formatDateTime, formatRelative, parseTimestamp } from '@/lib/time';
import { useNow } from './useNow';

/** A time shown relative to now ("in 5 minutes"), live, with the exact time on hover and for screen readers. */
export function RelativeTime({ value, intervalMs }: { value: string | undefined; intervalMs?: number }) {
  const { i18n } = useLingui();
  const now = useNow(intervalMs);
  return <RelativeTimeText value={value} now={now} locale={i18n.locale} />;
}

/**
 * RelativeTime without hooks, for table cells: the page reads the clock and the locale once (useNow, its
 * translation hook) and hands them to every cell, instead of each cell subscribing to both.
 */
export function RelativeTimeText({ value, now, locale }: { value: string | undefined; now: number; locale: string }) {
  const date = parseTimestamp(value);
  if (!date) return <span aria-label="—">—</span>;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date, locale)}>
      {formatRelative(date, now, locale, i18n._('time.justNow'))}
    </time>
  );
}

import { formatDateTime, formatRelative, parseTimestamp } from '@/lib/time';

/**
 * A time shown relative to now ("5 minutes ago") whose exact time shows on hover (its title) and on focus (it is
 * focusable, and the exact time takes the relative one's place while it has focus); screen readers read both.
 * Hook-free for table cells: the page reads the clock and the locale once and hands them to every cell.
 */
export function RevealTime({ value, now, locale }: { value: string | undefined; now: number; locale: string }) {
  const date = parseTimestamp(value);
  if (!date) return <>—</>;
  const exact = formatDateTime(date, locale);
  return (
    <time className="reveal-time" dateTime={date.toISOString()} title={exact} tabIndex={0}>
      <span className="reveal-time-relative">{formatRelative(date, now, locale)}</span>{' '}
      <span className="reveal-time-exact">{exact}</span>
    </time>
  );
}

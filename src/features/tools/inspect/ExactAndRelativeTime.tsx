import { RelativeTimeText } from '@/components/RelativeTime';

/** A time as a date with seconds and zone, then how long ago or ahead it is ("in 55 minutes"). */
export function ExactAndRelativeTime({ date, now, locale }: { date: Date; now: number; locale: string }) {
  return (
    <>
      <span>{date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'long' })}</span>{' '}
      <span className="muted">
        (<RelativeTimeText value={date.toISOString()} now={now} locale={locale} />)
      </span>
    </>
  );
}

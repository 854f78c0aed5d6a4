const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function parseTimestamp(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

// Building an Intl formatter costs far more than formatting with one (a page of tokens formats ~60 times per
// render), so each locale's formatter is built once.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, locale: string, create: () => T): T {
  let format = cache.get(locale);
  if (!format) {
    format = create();
    cache.set(locale, format);
  }
  return format;
}

/**
 * How close to now a moment reads as "just now", in seconds. The server's clock and the browser's differ a little,
 * and a page's clock ticks in steps, so a change that just happened may carry a time a second "in the future".
 */
export const JUST_NOW = { pastSeconds: 10, futureSeconds: 5 };

/** "in 5 minutes", "3 days ago", in the active locale; `justNow` (the translated words) for a moment around now. */
export function formatRelative(date: Date, now: number, locale: string, justNow?: string): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (justNow !== undefined && seconds > -JUST_NOW.pastSeconds && seconds < JUST_NOW.futureSeconds) return justNow;
  const abs = Math.abs(seconds);
  const format = cached(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (abs >= size || unit === 'second') return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}

/** The exact time, with seconds and time zone, in the active locale. */
export function formatDateTime(date: Date, locale: string): string {
  const format = cached(dateTimeFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }));
  return format.format(date);
}

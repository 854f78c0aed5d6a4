import type { ClientStats } from '@/api/schemas/clientUsage';

export interface DayRow {
  date: string;
  /** The day in the locale ("Nov 27", "11月27日"). */
  label: string;
  issued: number;
  authorizations: number;
  failures: number;
}

/** The daily series as rows in the locale, and its totals. Days are UTC dates, shown as such. */
export function dailyUsage(daily: ClientStats['daily'], locale: string) {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const rows: DayRow[] = (daily ?? []).map((day) => {
    const at = Date.parse(`${(day.date ?? '').slice(0, 10)}T00:00:00Z`);
    return {
      date: day.date ?? '',
      label: Number.isFinite(at) ? format.format(at) : (day.date ?? ''),
      issued: day.tokens_issued ?? 0,
      authorizations: day.authorizations ?? 0,
      failures: day.failed_authorizations ?? 0,
    };
  });
  const sum = (pick: (row: DayRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return { rows, issued: sum((r) => r.issued), authorizations: sum((r) => r.authorizations), failures: sum((r) => r.failures) };
}

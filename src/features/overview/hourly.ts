import type { SessionStats } from '@/api/schemas/sessions';

export interface HourRow {
  /** The hour's start, as the server sent it. */
  hour: string;
  /** The hour in the locale ("3 PM", "15时"). */
  label: string;
  created: number;
  ended: number;
}

export interface HourlySeries {
  rows: HourRow[];
  created: number;
  ended: number;
  /** The hour with the most new sessions, when any was created. */
  busiest?: HourRow;
}

/** The stats' `hourly` as rows in time order, labelled in the locale; hours that cannot be read are left out. */
export function hourlySeries(hourly: SessionStats['hourly'], locale: string): HourlySeries {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric' });
  const rows = (hourly ?? [])
    .map((entry) => ({ entry, at: Date.parse(entry.hour ?? '') }))
    .filter(({ at }) => Number.isFinite(at))
    .sort((a, b) => a.at - b.at)
    .map(({ entry, at }) => ({
      hour: entry.hour ?? '',
      label: format.format(at),
      created: entry.created ?? 0,
      ended: entry.ended ?? 0,
    }));
  const busiest = rows.reduce<HourRow | undefined>((best, row) => (row.created > (best?.created ?? 0) ? row : best), undefined);
  return {
    rows,
    created: rows.reduce((sum, row) => sum + row.created, 0),
    ended: rows.reduce((sum, row) => sum + row.ended, 0),
    busiest,
  };
}

import { useLingui } from '@lingui/react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { SessionStats } from '@/api/schemas/sessions';
import { LazyGroupedBarChart } from '@/components/charts/LazyGroupedBarChart';
import { hourlySeries } from './hourly';
import { Tile } from './Tile';

/** Sessions created and ended hour by hour over the last 24 hours: a summary, the chart, and the table behind it. */
export function SessionsChart({ stats }: { stats: UseQueryResult<SessionStats> }) {
  const { _: t, i18n } = useLingui();
  const series = hourlySeries(stats.data?.hourly, i18n.locale);
  const number = new Intl.NumberFormat(i18n.locale);
  const summary =
    series.created === 0 && series.ended === 0
      ? t('overview.chart.quiet')
      : series.busiest
        ? t('overview.chart.summary', {
            created: number.format(series.created),
            ended: number.format(series.ended),
            hour: series.busiest.label,
            busiest: number.format(series.busiest.created),
          })
        : t('overview.chart.summaryNoBusiest', { created: number.format(series.created), ended: number.format(series.ended) });
  return (
    <Tile id="panel-hourly" title={t('overview.chart.title')} queries={[stats]} notOffered={t('overview.notOffered.sessions')}>
      {stats.isPending && <div className="chart-placeholder" />}
      {series.rows.length > 0 && (
        <>
          <p className="chart-summary">{summary}</p>
          <LazyGroupedBarChart
            locale={i18n.locale}
            summary={summary}
            labels={series.rows.map((row) => row.label)}
            series={[
              { key: 'created', name: t('overview.chart.created'), values: series.rows.map((row) => row.created) },
              { key: 'ended', name: t('overview.chart.ended'), values: series.rows.map((row) => row.ended) },
            ]}
          />
          <details className="chart-table">
            <summary>{t('overview.chart.showTable')}</summary>
            <div className="table-wrap" role="region" aria-label={t('overview.chart.caption')} tabIndex={0}>
              <table className="data-table">
                <caption className="visually-hidden">{t('overview.chart.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('overview.chart.hour')}</th>
                    <th scope="col">{t('overview.chart.created')}</th>
                    <th scope="col">{t('overview.chart.ended')}</th>
                  </tr>
                </thead>
                <tbody>
                  {series.rows.map((row) => (
                    <tr key={row.hour}>
                      <th scope="row">
                        <time dateTime={row.hour}>{row.label}</time>
                      </th>
                      <td>{number.format(row.created)}</td>
                      <td>{number.format(row.ended)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
      {stats.isSuccess && series.rows.length === 0 && <p className="muted">{t('overview.chart.noData')}</p>}
    </Tile>
  );
}

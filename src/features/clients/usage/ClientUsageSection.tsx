import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { clientStatsQuery } from '@/api/clientUsage';
import { isRouteMissing } from '@/api/errors';
import { LazyGroupedBarChart } from '@/components/charts/LazyGroupedBarChart';
import { ErrorPanel } from '@/components/ErrorPanel';
import { RelativeTime } from '@/components/RelativeTime';
import { dailyUsage } from './dailyUsage';

/** A client's usage: its figures for the last 24 hours and a 30-day chart, with the same numbers as a table. */
export function ClientUsageSection({ clientId }: { clientId: string }) {
  const { _: t, i18n } = useLingui();
  const query = useQuery(clientStatsQuery(clientId));
  const number = new Intl.NumberFormat(i18n.locale);
  const n = (value: number | undefined) => (value === undefined ? '—' : number.format(value));
  const stats = query.data;
  const days = dailyUsage(stats?.daily, i18n.locale);
  const summary = t('clients.usage.chart.summary', {
    days: days.rows.length,
    issued: number.format(days.issued),
    authorizations: number.format(days.authorizations),
    failures: number.format(days.failures),
  });

  return (
    <section aria-labelledby="usage-title" className="client-usage" aria-busy={query.isPending || undefined}>
      <div className="section-heading">
        <h2 id="usage-title">{t('clients.usage.title')}</h2>
      </div>
      {query.isError &&
        (isRouteMissing(query.error) ? (
          <p className="muted">{t('clients.usage.notOffered')}</p>
        ) : (
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        ))}
      {query.isPending && <div className="chart-placeholder" />}
      {stats && (
        <>
          <dl className="usage-figures">
            <div>
              <dt>{t('clients.usage.activeTokens')}</dt>
              <dd>
                <Link to="/clients/$clientId/tokens" params={{ clientId }}>
                  {t('clients.usage.activeTokensValue', { access: n(stats.active_access_tokens), refresh: n(stats.active_refresh_tokens) })}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t('clients.usage.issued24h')}</dt>
              <dd>{n(stats.tokens_issued_24h)}</dd>
            </div>
            <div>
              <dt>{t('clients.usage.authorizations24h')}</dt>
              <dd>{n(stats.authorizations_24h)}</dd>
            </div>
            <div>
              <dt>{t('clients.usage.failures24h')}</dt>
              <dd>{n(stats.failed_authorizations_24h)}</dd>
            </div>
            <div>
              <dt>{t('clients.usage.lastUsed')}</dt>
              <dd>{stats.last_used_at ? <RelativeTime value={stats.last_used_at} /> : t('clients.usage.neverUsed')}</dd>
            </div>
          </dl>
          {days.rows.length > 0 ? (
            <div className="usage-chart">
              <h3>{t('clients.usage.chart.title', { days: days.rows.length })}</h3>
              <p className="chart-summary">{summary}</p>
              <LazyGroupedBarChart
                locale={i18n.locale}
                summary={summary}
                maxXLabels={6}
                labels={days.rows.map((row) => row.label)}
                series={[
                  { key: 'issued', name: t('clients.usage.series.issued'), values: days.rows.map((row) => row.issued) },
                  { key: 'authorizations', name: t('clients.usage.series.authorizations'), values: days.rows.map((row) => row.authorizations) },
                  { key: 'failures', name: t('clients.usage.series.failures'), values: days.rows.map((row) => row.failures) },
                ]}
              />
              <details className="chart-table">
                <summary>{t('clients.usage.chart.showTable')}</summary>
                <div className="table-wrap" role="region" aria-label={t('clients.usage.chart.caption')} tabIndex={0}>
                  <table className="data-table">
                    <caption className="visually-hidden">{t('clients.usage.chart.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('clients.usage.chart.day')}</th>
                        <th scope="col">{t('clients.usage.series.issued')}</th>
                        <th scope="col">{t('clients.usage.series.authorizations')}</th>
                        <th scope="col">{t('clients.usage.series.failures')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {days.rows.map((row) => (
                        <tr key={row.date}>
                          <th scope="row">
                            <time dateTime={row.date}>{row.label}</time>
                          </th>
                          <td>{number.format(row.issued)}</td>
                          <td>{number.format(row.authorizations)}</td>
                          <td>{number.format(row.failures)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </div>
          ) : (
            <p className="muted">{t('clients.usage.noDaily')}</p>
          )}
        </>
      )}
    </section>
  );
}

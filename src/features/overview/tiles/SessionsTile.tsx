import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import type { OverviewData } from '@/features/overview/useOverviewData';
import { Figure, Tile } from '@/features/overview/Tile';

/**
 * The lowest score of a high-risk session, for the link to them. The contract names the levels and filters by a
 * minimum score (`min_risk`) but does not say where a level starts; authms's mock puts high at 70.
 */
export const HIGH_RISK_MIN = 70;

/** The contract's risk levels, highest first (as the legend reads). */
const LEVELS = ['high', 'medium', 'low'] as const;

/** Active sessions and how they split by risk (the session stats). */
export function SessionsTile({ sessions }: Pick<OverviewData, 'sessions'>) {
  const { _: t, i18n } = useLingui();
  const { stats } = sessions;
  const count = stats.data?.active;
  const byRisk = stats.data?.by_risk;
  const total = LEVELS.reduce((sum, level) => sum + (byRisk?.[level] ?? 0), 0);
  const number = new Intl.NumberFormat(i18n.locale);
  return (
    <Tile id="tile-sessions" title={t('overview.sessions.title')} queries={[stats]} notOffered={t('overview.notOffered.sessions')}>
      <div className="figures">
        <Link to="/sessions" search={{ status: 'active' }} className="figure">
          <Figure value={count} pending={stats.isPending} label={t('overview.sessions.active')} />
        </Link>
      </div>
      {byRisk && (
        <div className="risk-split">
          {total > 0 && (
            <div className="risk-bar" aria-hidden="true">
              {[...LEVELS].reverse().map((level) => (
                <span key={level} className={`risk-bar-${level}`} style={{ width: `${((byRisk[level] ?? 0) / total) * 100}%` }} />
              ))}
            </div>
          )}
          <ul className="risk-legend" aria-label={t('overview.sessions.byRisk')}>
            {LEVELS.map((level) => {
              const text = t(`overview.sessions.risk.${level}`, { count: number.format(byRisk[level] ?? 0) });
              return (
                <li key={level}>
                  <span className={`risk-dot risk-bar-${level}`} aria-hidden="true" />
                  {level === 'high' ? (
                    <Link to="/sessions" search={{ status: 'active', min_risk: HIGH_RISK_MIN }}>
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </Tile>
  );
}

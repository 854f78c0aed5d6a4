import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { RISK_LEVELS } from '@/api/schemas/sessions';
import type { OverviewData } from '@/features/overview/useOverviewData';
import { Figure, Tile } from '@/features/overview/Tile';

/**
 * The lowest score of a high-risk session, for the link to them. The contract names the levels and filters by a
 * minimum score (`min_risk`) but does not say where a level starts; authms's mock puts high at 70.
 */
export const HIGH_RISK_MIN = 70;

/** Active sessions (the active-count route, else the stats) and how they split by risk. */
export function SessionsTile({ sessions }: Pick<OverviewData, 'sessions'>) {
  const { _: t, i18n } = useLingui();
  const { active, stats } = sessions;
  const count = active.data ?? stats.data?.active;
  const byRisk = stats.data?.by_risk;
  const total = RISK_LEVELS.reduce((sum, level) => sum + (byRisk?.[level] ?? 0), 0);
  const number = new Intl.NumberFormat(i18n.locale);
  return (
    <Tile id="tile-sessions" title={t('overview.sessions.title')} queries={[active, stats]} notOffered={t('overview.notOffered.sessions')}>
      <div className="figures">
        <Link to="/sessions" search={{ status: 'active' }} className="figure">
          <Figure value={count} pending={active.isPending && stats.isPending} label={t('overview.sessions.active')} />
        </Link>
      </div>
      {byRisk && (
        <div className="risk-split">
          {total > 0 && (
            <div className="risk-bar" aria-hidden="true">
              {RISK_LEVELS.map((level) => (
                <span key={level} className={`risk-bar-${level}`} style={{ width: `${((byRisk[level] ?? 0) / total) * 100}%` }} />
              ))}
            </div>
          )}
          <ul className="risk-legend" aria-label={t('overview.sessions.byRisk')}>
            {[...RISK_LEVELS].reverse().map((level) => {
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

import { useQuery } from '@tanstack/react-query';
import { useLingui } from '@lingui/react';
import { sessionRiskQuery } from '@/api/sessions';
import { ErrorPanel } from '@/components/ErrorPanel';
import { NotOffered } from '@/components/NotOffered';
import { riskLevelOf, riskTone } from '@/components/sessionTones';
import { StatusBadge } from '@/components/StatusBadge';
import { isDetailRouteMissing, isSessionNotFound } from './sessionErrors';

const KNOWN_FACTORS = ['new_device', 'new_country', 'impossible_travel', 'tor_exit', 'no_mfa', 'unusual_hour'];

/** Why the session scores as it does (`risk-score`): each factor with the server's description and its weight. */
export function RiskSection({ sessionId }: { sessionId: string }) {
  const { _: t } = useLingui();
  const query = useQuery(sessionRiskQuery(sessionId));
  const risk = query.data;
  const level = riskLevelOf(risk?.level, risk?.score);
  return (
    <section className="detail-section" aria-labelledby="risk-title">
      <h3 id="risk-title">{t('sessions.details.riskTitle')}</h3>
      {query.isPending ? (
        <p role="status">{t('sessions.details.loading')}</p>
      ) : query.isError ? (
        isDetailRouteMissing(query.error) ? (
          <NotOffered message={t('sessions.details.riskNotOffered')} error={query.error} />
        ) : isSessionNotFound(query.error) ? (
          <p className="notice">{t('sessions.details.notFound')}</p>
        ) : (
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : (
        <>
          <p className="risk">
            {level && <StatusBadge tone={riskTone(level)}>{t(`sessions.risk.${level}`)}</StatusBadge>}
            <span>{risk?.score === undefined ? t('sessions.details.noScore') : t('sessions.details.score', { score: risk.score })}</span>
          </p>
          {risk?.factors && risk.factors.length > 0 ? (
            <table className="data-table factors-table">
              <caption className="visually-hidden">{t('sessions.details.factorsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sessions.details.factor')}</th>
                  <th scope="col">{t('sessions.details.factorDescription')}</th>
                  <th scope="col">{t('sessions.details.factorWeight')}</th>
                </tr>
              </thead>
              <tbody>
                {risk.factors.map((factor, i) => (
                  <tr key={`${factor.code ?? ''}-${i}`}>
                    <th scope="row">
                      {factor.code && KNOWN_FACTORS.includes(factor.code) ? (
                        t(`sessions.factor.${factor.code}`)
                      ) : (
                        <code>{factor.code ?? '—'}</code>
                      )}
                    </th>
                    <td className="wrap">
                      <bdi>{factor.description ?? '—'}</bdi>
                    </td>
                    <td>{factor.weight === undefined ? '—' : `+${factor.weight}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">{t('sessions.details.noFactors')}</p>
          )}
        </>
      )}
    </section>
  );
}

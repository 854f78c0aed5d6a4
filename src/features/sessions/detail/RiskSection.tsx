import { useQuery } from '@tanstack/react-query';
import { useLingui } from '@lingui/react';
import type { SessionRisk } from '@/api/schemas/sessions';
import { sessionRiskQuery } from '@/api/sessions';
import { PlainTable } from '@/components/PlainTable';
import { QueryPart } from '@/components/QueryPart';
import { riskLevelOf, riskTone } from '@/components/sessionTones';
import { StatusBadge } from '@/components/StatusBadge';
import { explainNotFound, isDetailRouteMissing } from './sessionErrors';

type Factor = NonNullable<SessionRisk['factors']>[number];
const KNOWN_FACTORS = ['new_device', 'new_country', 'impossible_travel', 'tor_exit', 'no_mfa', 'unusual_hour'];

/** Why the session scores as it does (`risk-score`): each factor with the server's description and its weight. */
export function RiskSection({ sessionId }: { sessionId: string }) {
  const { _: t } = useLingui();
  const query = useQuery(sessionRiskQuery(sessionId));
  return (
    <section className="detail-section" aria-labelledby="risk-title">
      <h3 id="risk-title">{t('sessions.details.riskTitle')}</h3>
      <QueryPart
        query={query}
        loading={t('sessions.details.loading')}
        notOffered={t('sessions.details.riskNotOffered')}
        isMissing={isDetailRouteMissing}
        explain={(error) => explainNotFound(error, t)}
      >
        {(risk) => {
          const level = riskLevelOf(risk.level, risk.score);
          return (
            <>
              <p className="risk">
                {level && <StatusBadge tone={riskTone(level)}>{t(`sessions.risk.${level}`)}</StatusBadge>}
                <span>{risk.score === undefined ? t('sessions.details.noScore') : t('sessions.details.score', { score: risk.score })}</span>
              </p>
              {risk.factors && risk.factors.length > 0 ? (
                <PlainTable<Factor>
                  caption={t('sessions.details.factorsCaption')}
                  rows={risk.factors}
                  rowKey={(factor, i) => `${factor.code ?? ''}-${i}`}
                  columns={[
                    {
                      header: t('sessions.details.factor'),
                      rowHeader: true,
                      cell: (factor) =>
                        factor.code && KNOWN_FACTORS.includes(factor.code) ? t(`sessions.factor.${factor.code}`) : <code>{factor.code ?? '—'}</code>,
                    },
                    { header: t('sessions.details.factorDescription'), cell: (factor) => <bdi className="wrap">{factor.description ?? '—'}</bdi> },
                    { header: t('sessions.details.factorWeight'), cell: (factor) => (factor.weight === undefined ? '—' : `+${factor.weight}`) },
                  ]}
                />
              ) : (
                <p className="muted">{t('sessions.details.noFactors')}</p>
              )}
            </>
          );
        }}
      </QueryPart>
    </section>
  );
}

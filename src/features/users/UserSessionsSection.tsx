import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { isRouteMissing } from '@/api/errors';
import { ClientLink } from '@/components/ClientLink';
import { ErrorPanel } from '@/components/ErrorPanel';
import { NotOffered } from '@/components/NotOffered';
import { RelativeTimeText } from '@/components/RelativeTime';
import { RevealTime } from '@/components/RevealTime';
import { riskLevelOf, riskTone } from '@/components/sessionTones';
import { StatusBadge } from '@/components/StatusBadge';
import type { ClientNames } from '@/components/useClientNames';
import { useNow } from '@/components/useNow';
import { formatLocation } from '@/lib/location';
import { shortenUserAgent } from '@/lib/userAgent';
import { userQueries } from './userQueries';
import { UserSection } from './UserSection';

/** The user's active sessions (the first page of them, the total from the list), each with a link to its details. */
export function UserSessionsSection({ userId, clients }: { userId: string; clients: ClientNames }) {
  const { _: t, i18n } = useLingui();
  const now = useNow();
  const query = useQuery(userQueries.sessions(userId));
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? query.data?.pagination?.total;
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  const dash = '—';

  return (
    <UserSection
      id="sessions"
      title={t('users.sessions.title')}
      aside={
        <Link to="/sessions" search={{ user_id: userId }}>
          {t('users.sessions.all')}
        </Link>
      }
    >
      {query.isPending ? (
        <p role="status">{t('users.loading')}</p>
      ) : query.isError ? (
        isRouteMissing(query.error) ? (
          <NotOffered message={t('users.sessions.notOffered')} error={query.error} />
        ) : (
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : items.length === 0 ? (
        <p className="muted">{t('users.sessions.none')}</p>
      ) : (
        <>
          <p>
            {total === undefined
              ? t('users.sessions.countUnknown')
              : total > items.length
                ? t('users.sessions.countSome', { count: total, n: n(total), shown: n(items.length) })
                : t('users.sessions.count', { count: total, n: n(total) })}
          </p>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('users.sessions.caption', { user: userId })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.sessions.client')}</th>
                  <th scope="col">{t('users.sessions.ip')}</th>
                  <th scope="col">{t('users.sessions.location')}</th>
                  <th scope="col">{t('users.sessions.device')}</th>
                  <th scope="col">{t('users.sessions.mfa')}</th>
                  <th scope="col">{t('users.sessions.risk')}</th>
                  <th scope="col">{t('users.sessions.lastActive')}</th>
                  <th scope="col">{t('users.sessions.expires')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('users.sessions.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((session, i) => {
                  const level = riskLevelOf(session.risk_level, session.risk_score);
                  const place = formatLocation(session.location);
                  return (
                    <tr key={session.id ?? i}>
                      <td>
                        <ClientLink clientId={session.client_id} name={clients.nameOf(session.client_id)} linkUnknown={clients.incomplete} />
                      </td>
                      <td className="mono">{session.ip ?? dash}</td>
                      <td>
                        {place ? (
                          <bdi className="clip-text" title={place}>
                            {place}
                          </bdi>
                        ) : (
                          dash
                        )}
                      </td>
                      <td>
                        {session.user_agent ? (
                          <bdi className="clip-text" title={session.user_agent}>
                            {shortenUserAgent(session.user_agent)}
                          </bdi>
                        ) : (
                          dash
                        )}
                      </td>
                      <td>
                        {session.mfa === undefined ? (
                          dash
                        ) : (
                          <StatusBadge tone={session.mfa ? 'success' : 'warning'}>
                            {session.mfa ? t('users.sessions.mfaYes') : t('users.sessions.mfaNo')}
                          </StatusBadge>
                        )}
                      </td>
                      <td>
                        <span className="risk">
                          {level && <StatusBadge tone={riskTone(level)}>{t(`users.risk.${level}`)}</StatusBadge>}
                          {session.risk_score ?? (level ? '' : dash)}
                        </span>
                      </td>
                      <td>
                        <RevealTime value={session.last_active_at} now={now} locale={i18n.locale} />
                      </td>
                      <td>
                        <RelativeTimeText value={session.expires_at} now={now} locale={i18n.locale} />
                      </td>
                      <td>
                        {session.id && (
                          <Link
                            to="/sessions"
                            search={{ user_id: userId, session: session.id }}
                            className="button button-small"
                            aria-label={t('users.sessions.details', { id: session.id })}
                          >
                            {t('users.sessions.detailsShort')}
                          </Link>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </UserSection>
  );
}

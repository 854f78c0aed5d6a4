import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { ClientLink } from '@/components/ClientLink';
import { ErrorPanel } from '@/components/ErrorPanel';
import { RelativeTimeText } from '@/components/RelativeTime';
import { StatusBadge } from '@/components/StatusBadge';
import type { ClientNames } from '@/components/useClientNames';
import { useNow } from '@/components/useNow';
import { DEVICE_LOGINS_SCANNED, userQueries } from './userQueries';
import { UserSection } from './UserSection';

const KNOWN_STATUSES = ['pending', 'authorized', 'denied', 'expired'];
const tone = (status: string) => (status === 'authorized' ? 'success' : status === 'pending' ? 'info' : status === 'denied' ? 'danger' : 'neutral');

/**
 * The user's device-code logins (TVs, CLIs). The contract's device list has no user filter, so this reads the
 * tenant's most recent logins (one page of the largest size) and shows the user's among them, saying so.
 */
export function UserDeviceLoginsSection({ userId, clients }: { userId: string; clients: ClientNames }) {
  const { _: t, i18n } = useLingui();
  const now = useNow();
  const query = useQuery(userQueries.deviceLogins());
  const scanned = query.data?.items ?? [];
  const mine = scanned.filter((login) => login.user_id === userId);
  const total = query.data?.total ?? query.data?.pagination?.total ?? scanned.length;
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);

  return (
    <UserSection id="device-logins" title={t('users.devices.title')} aside={<Link to="/devices">{t('users.devices.all')}</Link>}>
      {query.isPending ? (
        <p role="status">{t('users.loading')}</p>
      ) : query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className="muted">
            {total > scanned.length
              ? t('users.devices.limit', { scanned: n(scanned.length), total: n(total), max: n(DEVICE_LOGINS_SCANNED) })
              : t('users.devices.allScanned', { scanned: n(scanned.length) })}
          </p>
          {mine.length === 0 ? (
            <p className="muted">{t('users.devices.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t('users.devices.caption', { user: userId })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('users.devices.userCode')}</th>
                    <th scope="col">{t('users.devices.client')}</th>
                    <th scope="col">{t('users.devices.status')}</th>
                    <th scope="col">{t('users.devices.created')}</th>
                    <th scope="col">{t('users.devices.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mine.map((login, i) => (
                    <tr key={login.device_code ?? i}>
                      <td>
                        {login.device_code ? (
                          <Link to="/devices" search={{ session: login.device_code }} className="mono">
                            {login.user_code ?? login.device_code}
                          </Link>
                        ) : (
                          <span className="mono">{login.user_code ?? '—'}</span>
                        )}
                      </td>
                      <td>
                        <ClientLink clientId={login.client_id} name={clients.nameOf(login.client_id)} linkUnknown={clients.incomplete} />
                      </td>
                      <td>
                        {login.status ? (
                          <StatusBadge tone={tone(login.status)}>
                            {KNOWN_STATUSES.includes(login.status) ? t(`users.devices.statusName.${login.status}`) : login.status}
                          </StatusBadge>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        <RelativeTimeText value={login.created_at} now={now} locale={i18n.locale} />
                      </td>
                      <td>
                        <RelativeTimeText value={login.updated_at} now={now} locale={i18n.locale} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </UserSection>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import type { DeviceSession } from '@/api/schemas/devices';
import { ClientLink } from '@/components/ClientLink';
import { PlainTable, type PlainColumn } from '@/components/PlainTable';
import { QueryPart } from '@/components/QueryPart';
import { RelativeTimeText } from '@/components/RelativeTime';
import { StatusBadge } from '@/components/StatusBadge';
import type { ClientNames } from '@/components/useClientNames';
import { useNow } from '@/components/useNow';
import { DEVICE_LOGINS_SCANNED, userQueries } from './userQueries';
import { UserSection } from './UserSection';

const tone = (status: string) => (status === 'authorized' ? 'success' : status === 'pending' ? 'info' : status === 'denied' ? 'danger' : 'neutral');

/**
 * The user's device-code logins (TVs, CLIs). The contract's device list has no user filter, so this reads the
 * tenant's most recent logins (one page of the largest size) and shows the user's among them, saying so.
 */
export function UserDeviceLoginsSection({ userId, clients }: { userId: string; clients: ClientNames }) {
  const { _: t, i18n } = useLingui();
  const now = useNow();
  const locale = i18n.locale;
  const query = useQuery(userQueries.deviceLogins());
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  const columns: PlainColumn<DeviceSession>[] = [
    {
      header: t('sessions.user.devices.userCode'),
      cell: (login) =>
        login.device_code ? (
          <Link to="/devices" search={{ session: login.device_code }} className="mono">
            {login.user_code ?? login.device_code}
          </Link>
        ) : (
          <span className="mono">{login.user_code ?? '—'}</span>
        ),
    },
    {
      header: t('sessions.columns.client'),
      cell: (login) => <ClientLink clientId={login.client_id} name={clients.nameOf(login.client_id)} linkUnknown={clients.incomplete} />,
    },
    {
      header: t('sessions.columns.status'),
      cell: (login) =>
        login.status ? (
          <StatusBadge tone={tone(login.status)}>{t({ id: `sessions.user.deviceStatus.${login.status}`, message: login.status })}</StatusBadge>
        ) : (
          '—'
        ),
    },
    { header: t('sessions.columns.created'), cell: (login) => <RelativeTimeText value={login.created_at} now={now} locale={locale} /> },
    { header: t('sessions.user.devices.updated'), cell: (login) => <RelativeTimeText value={login.updated_at} now={now} locale={locale} /> },
  ];

  return (
    <UserSection id="device-logins" title={t('sessions.user.devices.title')} aside={<Link to="/devices">{t('sessions.user.devices.all')}</Link>}>
      <QueryPart query={query} loading={t('sessions.details.loading')}>
        {({ items, ...list }) => {
          const total = list.total ?? list.pagination?.total ?? items.length;
          const mine = items.filter((login) => login.user_id === userId);
          return (
            <>
              <p className="muted">
                {total > items.length
                  ? t('sessions.user.devices.limit', { scanned: n(items.length), total: n(total), max: n(DEVICE_LOGINS_SCANNED) })
                  : t('sessions.user.devices.allScanned', { scanned: n(items.length) })}
              </p>
              {mine.length === 0 ? (
                <p className="muted">{t('sessions.user.devices.none')}</p>
              ) : (
                <PlainTable
                  caption={t('sessions.user.devices.caption', { user: userId })}
                  columns={columns}
                  rows={mine}
                  rowKey={(login, i) => login.device_code ?? String(i)}
                />
              )}
            </>
          );
        }}
      </QueryPart>
    </UserSection>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { isRouteMissing } from '@/api/errors';
import type { TrustedDevice } from '@/api/schemas/trustedDevices';
import { ErrorPanel } from '@/components/ErrorPanel';
import { NotOffered } from '@/components/NotOffered';
import { RelativeTimeText } from '@/components/RelativeTime';
import { useNow } from '@/components/useNow';
import { deviceName } from './deviceName';
import { ForgetDeviceDialog } from './ForgetDeviceDialog';
import { userQueries } from './userQueries';
import { UserSection } from './UserSection';

/** The devices this user trusts (they skip MFA), each one forgettable. */
export function TrustedDevicesSection({ userId }: { userId: string }) {
  const { _: t, i18n } = useLingui();
  const now = useNow();
  const query = useQuery(userQueries.trustedDevices(userId));
  const [forgetting, setForgetting] = useState<TrustedDevice & { id: string }>();
  const items = query.data?.items ?? [];
  const time = (value: string | undefined) => <RelativeTimeText value={value} now={now} locale={i18n.locale} />;
  const dash = '—';

  return (
    <UserSection id="trusted-devices" title={t('users.trusted.title')}>
      <p className="muted">{t('users.trusted.explain')}</p>
      {query.isPending ? (
        <p role="status">{t('users.loading')}</p>
      ) : query.isError ? (
        isRouteMissing(query.error) ? (
          <NotOffered message={t('users.trusted.notOffered')} error={query.error} />
        ) : (
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : items.length === 0 ? (
        <p className="muted">{t('users.trusted.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('users.trusted.caption', { user: userId })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.trusted.name')}</th>
                <th scope="col">{t('users.trusted.browser')}</th>
                <th scope="col">{t('users.trusted.ip')}</th>
                <th scope="col">{t('users.trusted.trustedAt')}</th>
                <th scope="col">{t('users.trusted.lastSeen')}</th>
                <th scope="col">{t('users.trusted.expires')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('users.trusted.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((device, i) => {
                const name = deviceName(device, t);
                const id = device.id;
                return (
                  <tr key={id ?? i}>
                    <td>
                      <bdi className="clip-text" title={name}>
                        {name}
                      </bdi>
                    </td>
                    <td>
                      <bdi>{[device.browser, device.os].filter(Boolean).join(' · ') || dash}</bdi>
                    </td>
                    <td className="mono">{device.ip ?? dash}</td>
                    <td>{time(device.trusted_at)}</td>
                    <td>{time(device.last_seen_at)}</td>
                    <td>{time(device.expires_at)}</td>
                    <td>
                      {id && (
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('users.trusted.forget.rowLabel', { name })}
                          onClick={() => setForgetting({ ...device, id })}
                        >
                          {t('users.trusted.forget.row')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ForgetDeviceDialog device={forgetting} onClose={() => setForgetting(undefined)} />
    </UserSection>
  );
}

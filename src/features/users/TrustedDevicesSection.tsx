import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import type { TrustedDevice } from '@/api/schemas/trustedDevices';
import { ClipText } from '@/components/ClipText';
import { PlainTable, type PlainColumn } from '@/components/PlainTable';
import { QueryPart } from '@/components/QueryPart';
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
  const locale = i18n.locale;
  const query = useQuery(userQueries.trustedDevices(userId));
  const [forgetting, setForgetting] = useState<TrustedDevice & { id: string }>();
  const time = (value: string | undefined) => <RelativeTimeText value={value} now={now} locale={locale} />;
  const columns: PlainColumn<TrustedDevice>[] = [
    { header: t('sessions.columns.device'), cell: (device) => <ClipText text={deviceName(device, t)} /> },
    { header: t('sessions.user.trusted.browser'), cell: (device) => <ClipText text={[device.browser, device.os].filter(Boolean).join(' · ')} /> },
    { header: t('sessions.columns.ip'), cell: (device) => <span className="mono">{device.ip ?? '—'}</span> },
    { header: t('sessions.user.trusted.trustedAt'), cell: (device) => time(device.trusted_at) },
    { header: t('sessions.details.lastSeen'), cell: (device) => time(device.last_seen_at) },
    { header: t('sessions.user.trusted.expires'), cell: (device) => time(device.expires_at) },
    {
      header: t('sessions.columns.actions'),
      hiddenHeader: true,
      cell: (device) => {
        const id = device.id;
        return (
          id && (
            <button
              type="button"
              className="button button-small"
              aria-label={t('sessions.user.trusted.forget.rowLabel', { name: deviceName(device, t), device: device.device_id ?? id })}
              onClick={() => setForgetting({ ...device, id })}
            >
              {t('sessions.user.trusted.forget.row')}
            </button>
          )
        );
      },
    },
  ];

  return (
    <UserSection id="trusted-devices" title={t('sessions.user.trusted.title')}>
      <p className="muted">{t('sessions.user.trusted.explain')}</p>
      <QueryPart query={query} loading={t('sessions.details.loading')} notOffered={t('sessions.user.trusted.notOffered')}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('sessions.user.trusted.none')}</p>
          ) : (
            <PlainTable
              caption={t('sessions.user.trusted.caption', { user: userId })}
              columns={columns}
              rows={items}
              rowKey={(device, i) => device.id ?? String(i)}
            />
          )
        }
      </QueryPart>
      <ForgetDeviceDialog device={forgetting} onClose={() => setForgetting(undefined)} />
    </UserSection>
  );
}

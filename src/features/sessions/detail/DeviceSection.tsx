import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { deviceFingerprintQuery } from '@/api/sessions';
import { CopyButton } from '@/components/CopyButton';
import { QueryPart } from '@/components/QueryPart';
import { StatusBadge } from '@/components/StatusBadge';
import { FullTime } from './FullTime';
import { explainNotFound, isDetailRouteMissing } from './sessionErrors';

/** The device behind the session (`device-fingerprint`) and whether the user trusts it (it then skips MFA). */
export function DeviceSection({ sessionId, userId }: { sessionId: string; userId: string | undefined }) {
  const { _: t } = useLingui();
  const query = useQuery(deviceFingerprintQuery(sessionId));
  const text = (value: string | undefined) => (value ? <bdi>{value}</bdi> : '—');
  return (
    <section className="detail-section" aria-labelledby="device-title">
      <h3 id="device-title">{t('sessions.details.deviceTitle')}</h3>
      <QueryPart
        query={query}
        loading={t('sessions.details.loading')}
        notOffered={t('sessions.details.deviceNotOffered')}
        isMissing={isDetailRouteMissing}
        explain={(error) => explainNotFound(error, t)}
      >
        {(device) => (
            <dl className="facts-grid">
              <dt>{t('sessions.details.trusted')}</dt>
              <dd>
                {device.trusted === undefined ? (
                  '—'
                ) : (
                  <StatusBadge tone={device.trusted ? 'info' : 'neutral'}>
                    {device.trusted ? t('sessions.details.trustedYes') : t('sessions.details.trustedNo')}
                  </StatusBadge>
                )}{' '}
                {userId && (
                  <Link to="/users/$userId" params={{ userId }} hash="trusted-devices">
                    {t('sessions.details.trustedDevicesOf', { user: userId })}
                  </Link>
                )}
              </dd>
              <dt>{t('sessions.details.deviceId')}</dt>
              <dd className="mono">{text(device.device_id)}</dd>
              <dt>{t('sessions.details.fingerprint')}</dt>
              <dd>
                {device.fingerprint ? (
                  <span className="cell-with-action">
                    <code className="wrap-anywhere">{device.fingerprint}</code>
                    <CopyButton value={device.fingerprint} label={t('sessions.details.fingerprint')} />
                  </span>
                ) : (
                  '—'
                )}
              </dd>
              <dt>{t('sessions.details.browser')}</dt>
              <dd>{text(device.browser)}</dd>
              <dt>{t('sessions.details.os')}</dt>
              <dd>{text(device.os)}</dd>
              <dt>{t('sessions.details.deviceType')}</dt>
              <dd>{text(device.device_type)}</dd>
              <dt>{t('sessions.details.firstSeen')}</dt>
              <dd>
                <FullTime value={device.first_seen_at} />
              </dd>
              <dt>{t('sessions.details.lastSeen')}</dt>
              <dd>
                <FullTime value={device.last_seen_at} />
              </dd>
            </dl>
        )}
      </QueryPart>
    </section>
  );
}

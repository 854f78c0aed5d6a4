import { useLingui } from '@lingui/react';
import type { DeviceSession } from '@/api/schemas/devices';
import { CopyButton } from '@/components/CopyButton';
import { ClientLink } from '@/components/ClientLink';
import { ExactTime } from '@/features/devices/table/ExactTime';
import { ExpiryCountdown } from '@/features/devices/table/ExpiryCountdown';
import { ScopeChips } from '@/components/ScopeChips';
import { SessionStatusBadge } from '@/features/devices/table/SessionStatusBadge';
import { UserCode } from '@/features/devices/table/UserCode';

interface SessionDetailsProps {
  session: DeviceSession;
  clientName: string | undefined;
  linkUnknownClient: boolean;
}

/** Every field of one device session, the device code copyable with a word on why it must stay private. */
export function SessionDetails({ session, clientName, linkUnknownClient }: SessionDetailsProps) {
  const { _: t } = useLingui();
  const dash = '—';
  return (
    <dl className="session-details">
      <dt>{t('devices.details.deviceCode')}</dt>
      <dd>
        {session.device_code ? (
          <>
            <span className="cell-with-action">
              <code className="mono device-code">{session.device_code}</code>
              <CopyButton value={session.device_code} label={t('devices.details.deviceCodeCopy')} />
            </span>
            <p className="hint secret-note">{t('devices.details.deviceCodeSecret')}</p>
          </>
        ) : (
          dash
        )}
      </dd>
      <dt>{t('devices.details.userCode')}</dt>
      <dd>
        {session.user_code ? (
          <span className="cell-with-action">
            <UserCode code={session.user_code} />
            <CopyButton value={session.user_code} label={t('devices.details.userCodeCopy', { code: session.user_code })} />
          </span>
        ) : (
          dash
        )}
      </dd>
      <dt>{t('devices.details.status')}</dt>
      <dd>
        <SessionStatusBadge session={session} />
      </dd>
      <dt>{t('devices.details.client')}</dt>
      <dd>
        <ClientLink clientId={session.client_id} name={clientName} linkUnknown={linkUnknownClient} />
        {clientName && session.client_id && (
          <span className="muted">
            {' '}
            (<code>{session.client_id}</code>)
          </span>
        )}
      </dd>
      <dt>{t('devices.details.user')}</dt>
      <dd className="mono">{session.user_id ?? dash}</dd>
      <dt>{t('devices.details.scope')}</dt>
      <dd>
        <ScopeChips scope={session.scope} />
      </dd>
      <dt>{t('devices.details.polls')}</dt>
      <dd>{session.poll_count ?? dash}</dd>
      <dt>{t('devices.details.interval')}</dt>
      <dd>{session.interval === undefined ? dash : t('devices.details.intervalValue', { seconds: session.interval })}</dd>
      <dt>{t('devices.details.created')}</dt>
      <dd>
        <ExactTime value={session.created_at} />
      </dd>
      <dt>{t('devices.details.updated')}</dt>
      <dd>
        <ExactTime value={session.updated_at} />
      </dd>
      <dt>{t('devices.details.expires')}</dt>
      <dd>
        <ExactTime value={session.expires_at} />
      </dd>
      {session.status === 'pending' && (
        <>
          <dt>{t('devices.details.timeLeft')}</dt>
          <dd>
            <ExpiryCountdown session={session} />
          </dd>
        </>
      )}
    </dl>
  );
}

import { useTranslation } from '@/i18n/useTranslation';
import type { DeviceSession } from '@/api/schemas/devices';
import { CopyButton } from '@/components/CopyButton';
import { ClientName } from './ClientName';
import { ExactTime } from './ExactTime';
import { ExpiryCountdown } from './ExpiryCountdown';
import { ScopeChips } from './ScopeChips';
import { SessionStatusBadge } from './SessionStatusBadge';
import { UserCode } from './UserCode';

interface SessionDetailsProps {
  session: DeviceSession;
  clientName: string | undefined;
  linkUnknownClient: boolean;
}

/** Every field of one device session, the device code copyable with a word on why it must stay private. */
export function SessionDetails({ session, clientName, linkUnknownClient }: SessionDetailsProps) {
  const { t } = useTranslation('devices');
  const dash = '—';
  return (
    <dl className="session-details">
      <dt>{t('details.deviceCode')}</dt>
      <dd>
        {session.device_code ? (
          <>
            <span className="cell-with-action">
              <code className="mono device-code">{session.device_code}</code>
              <CopyButton value={session.device_code} label={t('details.deviceCodeCopy')} />
            </span>
            <p className="hint secret-note">{t('details.deviceCodeSecret')}</p>
          </>
        ) : (
          dash
        )}
      </dd>
      <dt>{t('details.userCode')}</dt>
      <dd>
        {session.user_code ? (
          <span className="cell-with-action">
            <UserCode code={session.user_code} />
            <CopyButton value={session.user_code} label={t('details.userCodeCopy', { code: session.user_code })} />
          </span>
        ) : (
          dash
        )}
      </dd>
      <dt>{t('details.status')}</dt>
      <dd>
        <SessionStatusBadge session={session} />
      </dd>
      <dt>{t('details.client')}</dt>
      <dd>
        <ClientName clientId={session.client_id} name={clientName} linkUnknown={linkUnknownClient} />
        {clientName && session.client_id && (
          <span className="muted">
            {' '}
            (<code>{session.client_id}</code>)
          </span>
        )}
      </dd>
      <dt>{t('details.user')}</dt>
      <dd className="mono">{session.user_id ?? dash}</dd>
      <dt>{t('details.scope')}</dt>
      <dd>
        <ScopeChips scope={session.scope} />
      </dd>
      <dt>{t('details.polls')}</dt>
      <dd>{session.poll_count ?? dash}</dd>
      <dt>{t('details.interval')}</dt>
      <dd>{session.interval === undefined ? dash : t('details.intervalValue', { seconds: session.interval })}</dd>
      <dt>{t('details.created')}</dt>
      <dd>
        <ExactTime value={session.created_at} />
      </dd>
      <dt>{t('details.updated')}</dt>
      <dd>
        <ExactTime value={session.updated_at} />
      </dd>
      <dt>{t('details.expires')}</dt>
      <dd>
        <ExactTime value={session.expires_at} />
      </dd>
      {session.status === 'pending' && (
        <>
          <dt>{t('details.timeLeft')}</dt>
          <dd>
            <ExpiryCountdown session={session} />
          </dd>
        </>
      )}
    </dl>
  );
}

import { useLingui } from '@lingui/react';
import type { SessionItem } from '@/api/schemas/sessions';
import { ClientLink } from '@/components/ClientLink';
import { CopyButton } from '@/components/CopyButton';
import { Dialog } from '@/components/Dialog';
import { riskLevelOf, riskTone, sessionStatusTone } from '@/components/sessionTones';
import { StatusBadge } from '@/components/StatusBadge';
import { UserLink } from '@/components/UserLink';
import { formatLocation } from '@/lib/location';
import { isEndable } from '@/features/sessions/table/useSessionSelection';
import { DeviceSection } from './DeviceSection';
import { FullTime } from './FullTime';
import { RiskSection } from './RiskSection';

interface SessionDetailDialogProps {
  /** The session id from the URL (`?session=`); the dialog is open while it is set. */
  sessionId: string | undefined;
  /** The session as a cached list holds it; undefined when no list loaded here has it. */
  session: SessionItem | undefined;
  clientName: (clientId: string | undefined) => string | undefined;
  linkUnknownClients: boolean;
  onClose: () => void;
  onEnd: (session: SessionItem) => void;
}

/**
 * One session in full, opened from the URL so it survives a reload and can be shared: its facts (the full user
 * agent and place), its risk factors and its device, and whether the device is trusted.
 */
export function SessionDetailDialog({ sessionId, session, clientName, linkUnknownClients, onClose, onEnd }: SessionDetailDialogProps) {
  const { _: t } = useLingui();
  const level = riskLevelOf(session?.risk_level, session?.risk_score);
  const text = (value: string | undefined) => (value ? <bdi>{value}</bdi> : '—');
  return (
    <Dialog
      open={sessionId !== undefined}
      onOpenChange={(open) => !open && onClose()}
      title={t('sessions.details.title')}
      wide
      footer={
        <>
          {session && isEndable(session) && (
            <button type="button" className="button button-danger" onClick={() => onEnd(session)}>
              {t('sessions.end.rowLabel', { id: session.id })}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </>
      }
    >
      {sessionId && (
        <>
          <dl className="facts-grid">
            <dt>{t('sessions.details.id')}</dt>
            <dd>
              <span className="cell-with-action">
                <code className="wrap-anywhere">{sessionId}</code>
                <CopyButton value={sessionId} label={t('sessions.details.id')} />
              </span>
            </dd>
            {session ? (
              <>
                <dt>{t('sessions.columns.user')}</dt>
                <dd>
                  <UserLink userId={session.user_id} />
                </dd>
                <dt>{t('sessions.columns.client')}</dt>
                <dd>
                  <ClientLink clientId={session.client_id} name={clientName(session.client_id)} linkUnknown={linkUnknownClients} />
                </dd>
                <dt>{t('sessions.columns.status')}</dt>
                <dd>
                  {session.status ? (
                    <StatusBadge tone={sessionStatusTone(session.status)}>
                      {t({ id: `sessions.status.${session.status}`, message: session.status })}
                    </StatusBadge>
                  ) : (
                    '—'
                  )}
                </dd>
                <dt>{t('sessions.columns.ip')}</dt>
                <dd className="mono">{session.ip ?? '—'}</dd>
                <dt>{t('sessions.columns.location')}</dt>
                <dd>{text(formatLocation(session.location))}</dd>
                <dt>{t('sessions.details.userAgent')}</dt>
                <dd className="wrap-anywhere">{text(session.user_agent)}</dd>
                <dt>{t('sessions.columns.mfa')}</dt>
                <dd>{session.mfa === undefined ? '—' : session.mfa ? t('sessions.details.mfaYes') : t('sessions.details.mfaNo')}</dd>
                <dt>{t('sessions.columns.risk')}</dt>
                <dd>
                  {level ? <StatusBadge tone={riskTone(level)}>{t(`sessions.risk.${level}`)}</StatusBadge> : '—'}{' '}
                  {session.risk_score ?? ''}
                </dd>
                <dt>{t('sessions.columns.created')}</dt>
                <dd>
                  <FullTime value={session.created_at} />
                </dd>
                <dt>{t('sessions.columns.lastActive')}</dt>
                <dd>
                  <FullTime value={session.last_active_at} />
                </dd>
                <dt>{t('sessions.columns.expires')}</dt>
                <dd>
                  <FullTime value={session.expires_at} />
                </dd>
              </>
            ) : null}
          </dl>
          {!session && <p className="muted">{t('sessions.details.notListed')}</p>}
          <RiskSection sessionId={sessionId} />
          <DeviceSection sessionId={sessionId} userId={session?.user_id} />
        </>
      )}
    </Dialog>
  );
}

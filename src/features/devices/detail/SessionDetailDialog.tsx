import { useLingui } from '@lingui/react';
import type { DeviceSession } from '@/api/schemas/devices';
import { Dialog } from '@/components/Dialog';
import { EndSessionButton } from '@/features/devices/end/EndSessionButton';
import { SessionDetails } from './SessionDetails';

interface SessionDetailDialogProps {
  /** The device_code from the URL (`?session=`); the dialog is open while it is set. */
  deviceCode: string | undefined;
  session: DeviceSession | undefined;
  loading: boolean;
  clientName: (clientId: string | undefined) => string | undefined;
  linkUnknownClients: boolean;
  onClose: () => void;
  /** Asks to end the session while it is pending (the page confirms first). */
  onEnd: (session: DeviceSession) => void;
}

/** One session in full, opened from the URL so that the open panel survives a reload and can be shared. */
export function SessionDetailDialog({
  deviceCode,
  session,
  loading,
  clientName,
  linkUnknownClients,
  onClose,
  onEnd,
}: SessionDetailDialogProps) {
  const { _: t } = useLingui();
  const code = session?.user_code;
  return (
    <Dialog
      open={deviceCode !== undefined}
      onOpenChange={(open) => !open && onClose()}
      title={code ? t('devices.details.title', { code }) : t('devices.details.titleUnknown')}
      wide
      footer={
        <>
          {session && <EndSessionButton session={session} onEnd={onEnd} className="button button-danger" />}
          <button type="button" className="button" onClick={onClose}>
            {t('devices.details.close')}
          </button>
        </>
      }
    >
      {session ? (
        <SessionDetails
          session={session}
          clientName={clientName(session.client_id)}
          linkUnknownClient={linkUnknownClients}
        />
      ) : loading ? (
        <p role="status">{t('devices.details.loading')}</p>
      ) : (
        <>
          <p className="notice">{t('devices.details.notFound')}</p>
          <p>
            <code className="mono">{deviceCode}</code>
          </p>
        </>
      )}
    </Dialog>
  );
}

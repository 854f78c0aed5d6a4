import { useState } from 'react';
import { Trans, useLingui } from '@lingui/react';
import { notify } from '@/components/notify';
import type { DeviceSession } from '@/api/schemas/devices';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { UserCode } from '@/features/devices/table/UserCode';
import type { useEndSession } from './useEndSession';

interface EndSessionDialogProps {
  session: DeviceSession | undefined;
  clientName: (clientId: string | undefined) => string | undefined;
  mutation: ReturnType<typeof useEndSession>;
  onClose: () => void;
}

/**
 * Confirms ending one pending session, naming its user code and client. The row shows "denied" while the request
 * runs; if the server refuses, the row goes back and the dialog stays open with the server's reason.
 */
export function EndSessionDialog({ session, clientName, mutation, onClose }: EndSessionDialogProps) {
  const { _: t } = useLingui();
  const [failed, setFailed] = useState(false);
  const code = session?.user_code ?? '—';
  const name = clientName(session?.client_id);
  const client = name && session?.client_id ? `${name} (${session.client_id})` : (session?.client_id ?? '—');

  const confirm = async () => {
    if (!session?.device_code) return;
    setFailed(false);
    try {
      await mutation.mutateAsync(session.device_code);
      notify.success(t('devices.end.done', { code }));
    } catch (error) {
      setFailed(true);
      throw error;
    }
  };

  return (
    <ConfirmDialog
      open={session !== undefined}
      onOpenChange={(open) => {
        if (!open) {
          setFailed(false);
          onClose();
        }
      }}
      title={t('devices.end.title', { code })}
      description={
        // the values go in as elements, so a client name with tags in it stays text: only the catalog's tags count
        <Trans
          id="devices.end.description"
          values={{ code: <>{code}</>, client: <>{client}</> }}
          components={{ code: <UserCode code={code} />, client: <strong translate="no" /> }}
        />
      }
      confirmLabel={t('devices.end.confirm')}
      onConfirm={confirm}
    >
      {failed && <p className="field-error">{t('devices.end.notEnded')}</p>}
    </ConfirmDialog>
  );
}

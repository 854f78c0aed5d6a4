import { useLingui } from '@lingui/react';
import type { TrustedDevice } from '@/api/schemas/trustedDevices';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { notify } from '@/components/notify';
import { deviceName } from './deviceName';
import { useForgetDevice } from './useForgetDevice';

/** Confirms forgetting a trusted device, saying what follows: the next sign-in from it asks for MFA again. */
export function ForgetDeviceDialog({ device, onClose }: { device: (TrustedDevice & { id: string }) | undefined; onClose: () => void }) {
  const { _: t } = useLingui();
  const forget = useForgetDevice();
  const name = device ? deviceName(device, t) : '';
  return (
    <ConfirmDialog
      open={device !== undefined}
      onOpenChange={(open) => !open && onClose()}
      title={t('sessions.user.trusted.forget.title', { name })}
      description={t('sessions.user.trusted.forget.description', { name })}
      confirmLabel={t('sessions.user.trusted.forget.confirm')}
      onConfirm={async () => {
        if (!device) return;
        await forget.mutateAsync(device);
        notify.success(t('sessions.user.trusted.forget.done', { name }));
      }}
    >
      <p className="muted">{t('sessions.user.trusted.forget.sessionsStay')}</p>
    </ConfirmDialog>
  );
}

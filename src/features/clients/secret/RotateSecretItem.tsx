import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { notify } from '@/components/notify';
import { rotateClientSecret } from '@/api/clientLifecycle';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Dialog } from '@/components/Dialog';
import { OnceOnlySecret } from './OnceOnlySecret';
import { SecretLeaveDialog, useSecretLeaveGuard } from './SecretLeaveGuard';
import { useSecretIssuingMutation } from './useSecretIssuingMutation';

/**
 * Danger zone: rotate a confidential client's secret. Confirmed with a sentence on what breaks and the typed
 * client id; the new secret is then shown once, exactly as after creation, and the page shows its last four.
 */
export function RotateSecretItem({ clientId, name }: { clientId: string; name: string }) {
  const { _: t } = useLingui();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [secret, setSecret] = useState<string>();
  const leaveGuard = useSecretLeaveGuard(secret !== undefined);
  const rotate = useSecretIssuingMutation<void>({
    mutationKey: mutationKeys.clients.rotateSecret,
    request: () => rotateClientSecret(clientId),
    onIssued: (issued) => {
      if (issued.secret) setSecret(issued.secret);
      else notify.warning(t('clients.rotate.noSecret'));
    },
    // the detail (••••last four) and the secrets list refetch; the secret itself is never put in the cache
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clients.detail(clientId) }),
  });

  return (
    <div className="danger-zone-item">
      <div>
        <p className="danger-zone-heading">{t('clients.rotate.heading')}</p>
        <p className="muted">{t('clients.rotate.body')}</p>
      </div>
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        {t('clients.rotate.button')}
      </button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('clients.rotate.confirmTitle', { name })}
        description={<p>{t('clients.rotate.confirmBody')}</p>}
        confirmLabel={t('clients.rotate.confirm')}
        typedConfirmation={clientId}
        onConfirm={() => rotate.mutateAsync()}
      />
      <Dialog open={secret !== undefined} onOpenChange={() => undefined} busy title={t('clients.rotate.secretTitle', { name })}>
        {secret !== undefined && (
          <OnceOnlySecret
            secret={secret}
            continueLabel={t('clients.rotate.done')}
            onStored={() => {
              setSecret(undefined);
              notify.success(t('clients.rotate.rotated', { name }));
            }}
          />
        )}
      </Dialog>
      <SecretLeaveDialog guard={leaveGuard} />
    </div>
  );
}

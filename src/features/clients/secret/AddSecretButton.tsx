import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { notify } from '@/components/notify';
import { addClientSecret } from '@/api/clientLifecycle';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Dialog } from '@/components/Dialog';
import { OnceOnlySecret } from './OnceOnlySecret';
import { SecretLeaveDialog, useSecretLeaveGuard } from './SecretLeaveGuard';
import { useSecretIssuingMutation } from './useSecretIssuingMutation';

/**
 * A rotation without downtime, first step: a second active secret, shown once. The current one keeps working until
 * the admin deactivates it in the secrets table, once the application uses the new one. Stays mounted when no more
 * can be added (`canAdd`), so the new secret's dialog outlives the refetch that shows two active secrets.
 */
export function AddSecretButton({ clientId, name, canAdd }: { clientId: string; name: string; canAdd: boolean }) {
  const { _: t } = useLingui();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [added, setAdded] = useState<{ secret: string; lastFour: string }>();
  const leaveGuard = useSecretLeaveGuard(added !== undefined);
  const add = useSecretIssuingMutation<void>({
    mutationKey: mutationKeys.clients.addSecret,
    request: async () => ({ client: {}, ...(await addClientSecret(clientId)) }),
    onIssued: (issued) => {
      if (issued.secret) setAdded({ secret: issued.secret, lastFour: issued.secret.slice(-4) });
      else notify.warning(t('clients.secrets.addNoSecret'));
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.clients.detail(clientId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.clients.secrets(clientId) }),
      ]),
  });

  return (
    <>
      {canAdd && (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('clients.secrets.add')}
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('clients.secrets.addConfirmTitle', { name })}
        description={<p>{t('clients.secrets.addConfirmBody')}</p>}
        confirmLabel={t('clients.secrets.addConfirm')}
        tone="primary"
        onConfirm={() => add.mutateAsync()}
      />
      <Dialog open={added !== undefined} onOpenChange={() => undefined} busy title={t('clients.secrets.addedTitle', { name })}>
        {added !== undefined && (
          <OnceOnlySecret
            secret={added.secret}
            continueLabel={t('clients.rotate.done')}
            onStored={() => {
              notify.success(t('clients.secrets.added', { last: added.lastFour }));
              setAdded(undefined);
            }}
          />
        )}
      </Dialog>
      <SecretLeaveDialog guard={leaveGuard} />
    </>
  );
}

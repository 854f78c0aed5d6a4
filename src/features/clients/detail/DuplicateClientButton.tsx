import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { notify } from '@/components/notify';
import { cloneClient } from '@/api/clientLifecycle';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import type { OAuthClient } from '@/api/schemas/clients';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Dialog } from '@/components/Dialog';
import { MAX_NAME_LENGTH } from '@/features/clients/form/rules';
import { OnceOnlySecret } from '@/features/clients/secret/OnceOnlySecret';
import { SecretLeaveDialog, useSecretLeaveGuard } from '@/features/clients/secret/SecretLeaveGuard';
import { useSecretIssuingMutation } from '@/features/clients/secret/useSecretIssuingMutation';

/** "Billing (copy)" in the admin's language, the original name shortened so the copy's name stays within the limit. */
function useCopyName(name: string): string {
  const { _: t } = useLingui();
  const overhead = t('clients.duplicate.copyName', { name: '' }).length;
  return t('clients.duplicate.copyName', { name: name.slice(0, Math.max(0, MAX_NAME_LENGTH - overhead)) });
}

/**
 * "Duplicate": a copy of the client under a new client_id, named as a copy, opened in the editor. A confidential
 * copy gets its own secret, shown once before the editor opens.
 */
export function DuplicateClientButton({ clientId, client }: { clientId: string; client: OAuthClient }) {
  const { _: t } = useLingui();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const name = client.name?.trim() || clientId;
  const copyName = useCopyName(name);
  const [confirming, setConfirming] = useState(false);
  const [secretOf, setSecretOf] = useState<{ copy: OAuthClient; secret: string }>();
  const leaveGuard = useSecretLeaveGuard(secretOf !== undefined);

  const openEditor = (copy: OAuthClient) => {
    const copyId = copy.client_id;
    if (copyId) void navigate({ to: '/clients/$clientId/edit', params: { clientId: copyId } });
    else void navigate({ to: '/clients' });
  };

  const duplicate = useSecretIssuingMutation<void>({
    mutationKey: mutationKeys.clients.duplicate,
    request: () => cloneClient(clientId, { name: copyName }),
    onIssued: ({ client: copy, secret }) => {
      notify.success(t('clients.duplicate.created', { name: copy.name || copy.client_id || copyName }));
      if (secret) setSecretOf({ copy, secret });
      else openEditor(copy);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clients.lists() }),
  });

  return (
    <>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('clients.duplicate.button')}
      </button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        tone="primary"
        title={t('clients.duplicate.confirmTitle', { name })}
        description={
          <>
            <p>{t('clients.duplicate.confirmBody', { copy: copyName })}</p>
            {client.is_confidential && <p>{t('clients.duplicate.confirmSecret')}</p>}
          </>
        }
        confirmLabel={t('clients.duplicate.confirm')}
        onConfirm={() => duplicate.mutateAsync()}
      />
      <Dialog open={secretOf !== undefined} onOpenChange={() => undefined} busy title={t('clients.duplicate.secretTitle', { name: copyName })}>
        {secretOf && (
          <OnceOnlySecret
            secret={secretOf.secret}
            continueLabel={t('clients.duplicate.toEditor')}
            onStored={() => {
              leaveGuard.allowNextNavigation();
              openEditor(secretOf.copy);
            }}
          />
        )}
      </Dialog>
      <SecretLeaveDialog guard={leaveGuard} />
    </>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { notify } from '@/components/notify';
import { cloneClient } from '@/api/clientLifecycle';
import { queryKeys } from '@/api/queryKeys';
import type { OAuthClient } from '@/api/schemas/clients';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Dialog } from '@/components/Dialog';
import { MAX_NAME_LENGTH } from './form/rules';
import { OnceOnlySecret } from './secret/OnceOnlySecret';
import { SecretLeaveDialog, useSecretLeaveGuard } from './secret/SecretLeaveGuard';
import { useSecretIssuingMutation } from './secret/useSecretIssuingMutation';

/** "Billing (copy)" in the admin's language, the original name shortened so the copy's name stays within the limit. */
function useCopyName(name: string): string {
  const { t } = useTranslation('clients');
  const overhead = t('duplicate.copyName', { name: '' }).length;
  return t('duplicate.copyName', { name: name.slice(0, Math.max(0, MAX_NAME_LENGTH - overhead)) });
}

/**
 * "Duplicate": a copy of the client under a new client_id, named as a copy, opened in the editor. A confidential
 * copy gets its own secret, shown once before the editor opens.
 */
export function DuplicateClientButton({ clientId, client }: { clientId: string; client: OAuthClient }) {
  const { t } = useTranslation('clients');
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
    request: () => cloneClient(clientId, { name: copyName }),
    onIssued: ({ client: copy, secret }) => {
      notify.success(t('duplicate.created', { name: copy.name || copy.client_id || copyName }));
      if (secret) setSecretOf({ copy, secret });
      else openEditor(copy);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clients.lists() }),
  });

  return (
    <>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('duplicate.button')}
      </button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        tone="primary"
        title={t('duplicate.confirmTitle', { name })}
        description={
          <>
            <p>{t('duplicate.confirmBody', { copy: copyName })}</p>
            {client.is_confidential && <p>{t('duplicate.confirmSecret')}</p>}
          </>
        }
        confirmLabel={t('duplicate.confirm')}
        onConfirm={() => duplicate.mutateAsync()}
      />
      <Dialog open={secretOf !== undefined} onOpenChange={() => undefined} busy title={t('duplicate.secretTitle', { name: copyName })}>
        {secretOf && (
          <OnceOnlySecret
            secret={secretOf.secret}
            continueLabel={t('duplicate.toEditor')}
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

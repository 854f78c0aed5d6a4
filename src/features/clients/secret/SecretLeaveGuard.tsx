import { useLingui } from '@lingui/react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useUnsavedChangesGuard } from '@/features/clients/form/useUnsavedChangesGuard';

/**
 * While a once-only secret is on screen: leaving asks first (in-app navigation with a dialog, a tab close or
 * reload with the browser's prompt), since the secret cannot be shown again.
 */
export function useSecretLeaveGuard(showing: boolean) {
  const { blocker, allowNextNavigation } = useUnsavedChangesGuard(showing);
  return { blocker, allowNextNavigation };
}

export function SecretLeaveDialog({ guard }: { guard: ReturnType<typeof useSecretLeaveGuard> }) {
  const { _: t } = useLingui();
  const { blocker } = guard;
  return (
    <ConfirmDialog
      open={blocker.status === 'blocked'}
      onOpenChange={(open) => {
        if (!open) blocker.reset?.();
      }}
      title={t('clients.secret.leave.title')}
      description={t('clients.secret.leave.body')}
      confirmLabel={t('clients.secret.leave.confirm')}
      onConfirm={() => blocker.proceed?.()}
    />
  );
}

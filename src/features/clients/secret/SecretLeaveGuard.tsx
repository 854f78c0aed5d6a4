import { useLingui } from '@lingui/react';
import { LeaveGuardDialog } from '@/components/form/LeaveGuardDialog';
import { useUnsavedChangesGuard } from '@/components/form/useUnsavedChangesGuard';

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
  return (
    <LeaveGuardDialog
      blocker={guard.blocker}
      title={t('clients.secret.leave.title')}
      description={t('clients.secret.leave.body')}
      confirmLabel={t('clients.secret.leave.confirm')}
    />
  );
}

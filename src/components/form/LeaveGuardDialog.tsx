import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

interface LeaveGuardDialogProps {
  blocker: ReturnType<typeof useUnsavedChangesGuard>['blocker'];
  title: string;
  description: string;
  confirmLabel: string;
  /** Runs before the held navigation goes on (e.g. forget the draft). */
  onLeave?: () => void;
}

/** The question of useUnsavedChangesGuard: a navigation is held until the admin stays or leaves. */
export function LeaveGuardDialog({ blocker, title, description, confirmLabel, onLeave }: LeaveGuardDialogProps) {
  return (
    <ConfirmDialog
      open={blocker.status === 'blocked'}
      onOpenChange={(next) => {
        if (!next) blocker.reset?.();
      }}
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      onConfirm={() => {
        onLeave?.();
        blocker.proceed?.();
      }}
    />
  );
}

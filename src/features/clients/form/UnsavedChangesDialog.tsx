import { useLingui } from '@lingui/react';
import { ConfirmDialog } from '@/components/ConfirmDialog';

interface UnsavedChangesDialogProps {
  open: boolean;
  changedCount: number;
  onStay: () => void;
  onLeave: () => void;
}

export function UnsavedChangesDialog({ open, changedCount, onStay, onLeave }: UnsavedChangesDialogProps) {
  const { _: t } = useLingui();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onStay();
      }}
      title={t('clients.form.leave.title')}
      description={t('clients.form.leave.body', { count: changedCount })}
      confirmLabel={t('clients.form.leave.confirm')}
      onConfirm={onLeave}
    />
  );
}

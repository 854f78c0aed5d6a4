import { useTranslation } from '@/i18n/useTranslation';
import { ConfirmDialog } from '@/components/ConfirmDialog';

interface UnsavedChangesDialogProps {
  open: boolean;
  changedCount: number;
  onStay: () => void;
  onLeave: () => void;
}

export function UnsavedChangesDialog({ open, changedCount, onStay, onLeave }: UnsavedChangesDialogProps) {
  const { t } = useTranslation('clients');
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onStay();
      }}
      title={t('form.leave.title')}
      description={t('form.leave.body', { count: changedCount })}
      confirmLabel={t('form.leave.confirm')}
      onConfirm={onLeave}
    />
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { notify } from '@/components/notify';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { resetDemoData } from '@/mocks/persistence';

/** "Reset demo data": after a confirmation, the seeded data comes back and every page reads it again. */
export function ResetDemoData() {
  const { t } = useTranslation('demo');
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const reset = async () => {
    resetDemoData();
    await queryClient.resetQueries();
    notify.success(t('data.done'));
  };
  return (
    <fieldset>
      <legend>{t('data.legend')}</legend>
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        {t('data.reset')}
      </button>
      <p className="hint">{t('data.hint')}</p>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('data.confirmTitle')}
        description={t('data.confirmBody')}
        confirmLabel={t('data.reset')}
        onConfirm={reset}
      />
    </fieldset>
  );
}

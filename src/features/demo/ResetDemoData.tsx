import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { notify } from '@/components/notify';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { resetDemoData } from '@/mocks/persistence';

/** "Reset demo data": after a confirmation, the seeded data comes back and every page reads it again. */
export function ResetDemoData() {
  const { _: t } = useLingui();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const reset = async () => {
    resetDemoData();
    await queryClient.resetQueries();
    notify.success(t('demo.data.done'));
  };
  return (
    <fieldset>
      <legend>{t('demo.data.legend')}</legend>
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        {t('demo.data.reset')}
      </button>
      <p className="hint">{t('demo.data.hint')}</p>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('demo.data.confirmTitle')}
        description={t('demo.data.confirmBody')}
        confirmLabel={t('demo.data.reset')}
        onConfirm={reset}
      />
    </fieldset>
  );
}

import { useLingui } from '@lingui/react';
import { faultStore } from '@/mocks/faults/store';

/** "The next refresh fails": the next renewal of a "Sign in with authms" session is refused by the mock server. */
export function RefreshFault({ armed }: { armed: boolean }) {
  const { _: t } = useLingui();
  return (
    <fieldset>
      <legend>{t('demo.refresh.legend')}</legend>
      <button type="button" className="button" onClick={() => faultStore.update({ refreshFails: true })}>
        {t('demo.refresh.fail')}
      </button>
      <p className="hint">{t('demo.refresh.hint')}</p>
      <div className="fault-panel-status">
        <span aria-live="polite">{armed ? t('demo.refresh.armed') : t('demo.refresh.notArmed')}</span>
        {armed && (
          <button type="button" className="link-button" onClick={() => faultStore.update({ refreshFails: false })}>
            {t('demo.refresh.disarm')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useLingui } from '@lingui/react';
import { Dialog } from '@/components/Dialog';
import { ERROR_RATES, LATENCIES } from '@/mocks/faults/settings';
import { faultStore } from '@/mocks/faults/store';
import { NextFailureForm } from './NextFailureForm';
import { RefreshFault } from './RefreshFault';
import { ResetDemoData } from './ResetDemoData';
import { useFaultSettings } from './useFaultSettings';

/**
 * The demo's fault panel: latency, error rates, a failure armed for the next request, an expiring session, and
 * "Reset demo data". Every change applies at once, inside the mock backend of this tab.
 */
export function FaultPanel({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { _: t } = useLingui();
  const settings = useFaultSettings();
  const queryClient = useQueryClient();
  const id = useId();

  const expireSession = () => {
    faultStore.expireSession();
    onOpenChange(false);
    // the page's own data is read again now, so the expired session shows at once
    void queryClient.invalidateQueries();
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('demo.panel.title')}
      description={t('demo.panel.description')}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={() => faultStore.clear()}>
            {t('demo.panel.clearAll')}
          </button>
          <button type="button" className="button button-primary" onClick={() => onOpenChange(false)}>
            {t('demo.panel.close')}
          </button>
        </>
      }
    >
      <div className="fault-panel">
        <fieldset>
          <legend>{t('demo.latency.legend')}</legend>
          <div className="fault-panel-row">
            {LATENCIES.map((latency) => (
              <label key={latency} className="fault-panel-choice">
                <input
                  type="radio"
                  name={`${id}-latency`}
                  value={latency}
                  checked={settings.latency === latency}
                  onChange={() => faultStore.update({ latency })}
                />
                {t(`demo.latency.${latency}`)}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('demo.rates.legend')}</legend>
          <div className="fault-panel-row">
            {(['readErrorRate', 'writeErrorRate'] as const).map((key) => (
              <div key={key} className="field">
                <label htmlFor={`${id}-${key}`}>{t(key === 'readErrorRate' ? 'demo.rates.reads' : 'demo.rates.writes')}</label>
                <select
                  id={`${id}-${key}`}
                  value={settings[key]}
                  onChange={(e) => faultStore.update({ [key]: Number(e.target.value) })}
                >
                  {ERROR_RATES.map((rate) => (
                    <option key={rate} value={rate}>
                      {t('demo.rates.percent', { value: rate })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <p className="hint">{t('demo.rates.hint')}</p>
        </fieldset>

        <NextFailureForm armed={settings.armed} />

        <fieldset>
          <legend>{t('demo.session.legend')}</legend>
          <button type="button" className="button" onClick={expireSession}>
            {t('demo.session.expire')}
          </button>
          <p className="hint">{t('demo.session.hint')}</p>
        </fieldset>

        <RefreshFault armed={settings.refreshFails === true} />

        <ResetDemoData />
      </div>
    </Dialog>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import {
  FAULT_COUNTS,
  FAULT_KINDS,
  FAULT_TARGETS,
  type ArmedFault,
  type FaultKind,
  type FaultTarget,
} from '@/mocks/faults/settings';
import { faultStore } from '@/mocks/faults/store';

/** "Next request fails with …": picks a failure, which requests it waits for and how many, and arms it. */
export function NextFailureForm({ armed }: { armed: ArmedFault | undefined }) {
  const { t } = useTranslation('demo');
  const id = useId();
  const [kind, setKind] = useState<FaultKind>('server-error');
  const [target, setTarget] = useState<FaultTarget>('any');
  const [count, setCount] = useState<number>(1);

  return (
    <fieldset>
      <legend>{t('next.legend')}</legend>
      <form
        className="fault-panel-row"
        onSubmit={(e) => {
          e.preventDefault();
          faultStore.arm({ kind, target, remaining: count });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('next.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as FaultKind)}>
            {FAULT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`next.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>{t('next.target')}</label>
          <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value as FaultTarget)}>
            {FAULT_TARGETS.map((k) => (
              <option key={k} value={k}>
                {t(`next.targets.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-count`}>{t('next.count')}</label>
          <select id={`${id}-count`} value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {FAULT_COUNTS.map((n) => (
              <option key={n} value={n}>
                {t(`next.counts.${n}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('next.arm')}
        </button>
      </form>
      <p className="hint">{t('next.hint')}</p>
      <div className="fault-panel-status">
        <span role="status">
          {!armed
            ? t('next.nothingArmed')
            : armed.sessionExpired
              ? t('next.sessionArmed')
              : t('next.armed', {
                  kind: t(`next.kinds.${armed.kind}`),
                  target: t(`next.targets.${armed.target}`),
                  remaining: armed.remaining,
                })}
        </span>
        {armed && (
          <button type="button" className="link-button" onClick={() => faultStore.disarm()}>
            {t('next.disarm')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

import { useId, useState } from 'react';
import { useLingui } from '@lingui/react';
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
  const { _: t } = useLingui();
  const id = useId();
  const [kind, setKind] = useState<FaultKind>('server-error');
  const [target, setTarget] = useState<FaultTarget>('any');
  const [count, setCount] = useState<number>(1);

  return (
    <fieldset>
      <legend>{t('demo.next.legend')}</legend>
      <form
        className="fault-panel-row"
        onSubmit={(e) => {
          e.preventDefault();
          faultStore.arm({ kind, target, remaining: count });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('demo.next.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as FaultKind)}>
            {FAULT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`demo.next.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>{t('demo.next.target')}</label>
          <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value as FaultTarget)}>
            {FAULT_TARGETS.map((k) => (
              <option key={k} value={k}>
                {t(`demo.next.targets.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-count`}>{t('demo.next.count')}</label>
          <select id={`${id}-count`} value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {FAULT_COUNTS.map((n) => (
              <option key={n} value={n}>
                {t(`demo.next.counts.${n}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('demo.next.arm')}
        </button>
      </form>
      <p className="hint">{t('demo.next.hint')}</p>
      <div className="fault-panel-status">
        <span role="status">
          {!armed
            ? t('demo.next.nothingArmed')
            : armed.sessionExpired
              ? t('demo.next.sessionArmed')
              : t('demo.next.armed', {
                  kind: t(`demo.next.kinds.${armed.kind}`),
                  target: t(`demo.next.targets.${armed.target}`),
                  remaining: armed.remaining,
                })}
        </span>
        {armed && (
          <button type="button" className="link-button" onClick={() => faultStore.disarm()}>
            {t('demo.next.disarm')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { isFaultActive } from '@/mocks/faults/settings';
import { FaultPanel } from './FaultPanel';
import { useFaultSettings } from './useFaultSettings';
import './demo.css';

/** The DEMO badge of the shell, as a button that opens the demo controls; it says when faults are on. */
export function DemoBadge() {
  const { _: t } = useLingui();
  const [open, setOpen] = useState(false);
  const active = isFaultActive(useFaultSettings());
  return (
    <>
      <button
        type="button"
        className="badge badge-warning demo-badge"
        aria-label={active ? t('demo.badge.labelFaults') : t('demo.badge.label')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span>{t('shell.demoBadge')}</span>
        {active && <span className="demo-badge-faults">{t('demo.badge.faultsOn')}</span>}
      </button>
      <FaultPanel open={open} onOpenChange={setOpen} />
    </>
  );
}

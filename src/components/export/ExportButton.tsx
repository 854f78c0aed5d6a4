import { useLingui } from '@lingui/react';
import { openOverlay } from '@/components/overlays';
import type { ExportSpec } from './exportSpec';

/** "Export…" on a list page: the shell loads the export dialog (and the CSV code) when it is first pressed. */
export function ExportButton<T>(spec: ExportSpec<T>) {
  const { _: t } = useLingui();
  return (
    <button type="button" className="button" onClick={() => openOverlay({ kind: 'export', spec: spec as ExportSpec<unknown> })}>
      {t('common.export')}
    </button>
  );
}

import { Store } from '@tanstack/store';
import { useLingui } from '@lingui/react';
import type { ExportSpec } from './export/exportSpec';

/**
 * The console-wide overlays (the command palette, the shortcuts list, a list's export): a page or a key asks for
 * one here, and the shell's host (src/app/Overlays.tsx) loads and shows it. So a list page holds only a button,
 * never the dialog's code. The export button lives here too: in the shell's chunk, a list page's button costs no
 * chunk of its own.
 */
export type Overlay = { kind: 'palette' } | { kind: 'shortcuts' } | { kind: 'export'; spec: ExportSpec<unknown> };

export const overlayStore = new Store<Overlay | null>(null);

export const openOverlay = (overlay: Overlay) => overlayStore.setState(() => overlay);
export const closeOverlay = () => overlayStore.setState(() => null);

/** "Export…" on a list page: the shell loads the export dialog (and the CSV code) when it is first pressed. */
export function ExportButton<T>(spec: ExportSpec<T>) {
  const { _: t } = useLingui();
  return (
    <button type="button" className="button" onClick={() => openOverlay({ kind: 'export', spec: spec as ExportSpec<unknown> })}>
      {t('common.export')}
    </button>
  );
}

import { Store } from '@tanstack/store';
import type { ExportSpec } from './export/exportSpec';

/**
 * The console-wide overlays (the command palette, the shortcuts list, a list's export): a page or a key asks for
 * one here, and the shell's host (src/app/Overlays.tsx) loads and shows it. So a list page holds only a button,
 * never the dialog's code.
 */
export type Overlay = { kind: 'palette' } | { kind: 'shortcuts' } | { kind: 'export'; spec: ExportSpec<unknown> };

export const overlayStore = new Store<Overlay | null>(null);

export const openOverlay = (overlay: Overlay) => overlayStore.setState(() => overlay);
export const closeOverlay = () => overlayStore.setState(() => null);

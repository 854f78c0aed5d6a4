import { useSelector } from '@tanstack/react-store';
import { lazy, Suspense, useEffect, useState } from 'react';
import { closeOverlay, openOverlay, overlayStore } from '@/components/overlays';
import type { ExportSpec } from '@/components/export/exportSpec';
import { loadCatalogs } from '@/i18n/i18n';

// Nothing of the palette, the shortcuts list or the export is in the first load: each loads, with the toolkit's
// texts, the first time it is asked for (the palette also on intent over its button).
const withTexts = <M,>(load: Promise<M>) => Promise.all([load, loadCatalogs(['tools'])]).then(([module]) => module);
const loadToolkit = () => withTexts(import('./Toolkit'));
const Toolkit = lazy(() => loadToolkit().then((m) => ({ default: m.Toolkit })));
const ExportDialog = lazy(() => withTexts(import('@/components/export/ExportDialog')).then((m) => ({ default: m.ExportDialog })));
export const preloadToolkit = () => void loadToolkit();

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Ctrl/⌘+K opens (or closes) the palette unless another dialog is open; `/` and `?` when the admin is not typing. */
function onKeyDown(event: KeyboardEvent) {
  const dialogOpen = document.querySelector('[role="dialog"]');
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    if (overlayStore.state?.kind === 'palette') closeOverlay();
    else if (!dialogOpen) openOverlay({ kind: 'palette' });
  } else if (!event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target) && !dialogOpen) {
    const filter = event.key === '/' && document.querySelector<HTMLElement>('[data-page-filter]');
    if (filter) filter.focus();
    else if (event.key === '?') openOverlay({ kind: 'shortcuts' });
    else return;
    event.preventDefault();
  }
}

/**
 * The shell's host of the console-wide overlays (see @/components/overlays). Each stays mounted once opened, so
 * closing it returns focus to what opened it.
 */
export function Overlays() {
  const overlay = useSelector(overlayStore);
  const [toolkit, setToolkit] = useState(false);
  const [exported, setExported] = useState<{ spec: ExportSpec<unknown>; n: number }>();
  if (overlay && overlay.kind !== 'export' && !toolkit) setToolkit(true);
  if (overlay?.kind === 'export' && overlay.spec !== exported?.spec) setExported({ spec: overlay.spec, n: (exported?.n ?? 0) + 1 });
  useEffect(() => {
    addEventListener('keydown', onKeyDown);
    return () => removeEventListener('keydown', onKeyDown);
  }, []);
  const onOpenChange = (open: boolean) => open || closeOverlay();
  return (
    <Suspense fallback={null}>
      {toolkit && <Toolkit kind={overlay?.kind} onOpenChange={onOpenChange} />}
      {exported && <ExportDialog key={exported.n} spec={exported.spec} open={overlay?.kind === 'export'} onOpenChange={onOpenChange} />}
    </Suspense>
  );
}

import { useSelector } from '@tanstack/react-store';
import { lazy, Suspense, useEffect, useState } from 'react';
import { closeOverlay, openOverlay, overlayStore } from '@/components/overlays';
import { loadCatalogs } from '@/i18n/i18n';

// Nothing of the palette, the shortcuts list or the export is in the first load: they load together, with the
// toolkit's texts, the first time one is asked for (the palette also on intent over its button).
const loadToolkit = () => Promise.all([import('./Toolkit'), loadCatalogs(['tools'])]).then(([m]) => ({ default: m.Toolkit }));
const Toolkit = lazy(loadToolkit);
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

/** The shell's host of the console-wide overlays (see @/components/overlays): the keys, and the toolkit once asked for. */
export function Overlays() {
  const overlay = useSelector(overlayStore);
  const [asked, setAsked] = useState(false);
  if (overlay && !asked) setAsked(true);
  useEffect(() => {
    addEventListener('keydown', onKeyDown);
    return () => removeEventListener('keydown', onKeyDown);
  }, []);
  return asked ? (
    <Suspense fallback={null}>
      <Toolkit overlay={overlay} onOpenChange={(open) => open || closeOverlay()} />
    </Suspense>
  ) : null;
}

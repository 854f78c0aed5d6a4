import { useState } from 'react';
import { useLingui } from '@lingui/react';
import type { Overlay } from '@/components/overlays';
import type { ExportSpec } from '@/components/export/exportSpec';
import { ExportDialog } from '@/components/export/ExportDialog';
import { PaletteDialog } from '@/features/palette/PaletteDialog';
import { ShortcutsDialog } from '@/features/palette/ShortcutsDialog';
import { NAV } from './nav';

/** Pages the palette offers besides the nav items: a new client, the sessions. */
const MORE_PAGES = [
  { to: '/clients/new', key: 'tools.palette.pages.newClient' },
  { to: '/sessions', key: 'nav.sessions' },
] as const;

interface ToolkitProps {
  overlay: Overlay | null;
  onOpenChange: (open: boolean) => void;
}

/**
 * The palette, the shortcuts list and a list's export (one lazily loaded chunk). Each dialog stays mounted once it
 * has been opened, so closing it returns focus to what opened it; an export of another list starts afresh.
 */
export function Toolkit({ overlay, onOpenChange }: ToolkitProps) {
  const { _: t } = useLingui();
  const kind = overlay?.kind;
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set());
  const [exported, setExported] = useState<{ spec: ExportSpec<unknown>; n: number }>();
  if (kind && !seen.has(kind)) setSeen(new Set([...seen, kind]));
  if (overlay?.kind === 'export' && overlay.spec !== exported?.spec) setExported({ spec: overlay.spec, n: (exported?.n ?? 0) + 1 });
  const pages = [...NAV, ...MORE_PAGES].map((page) => ({ to: page.to, label: t(page.key) }));
  return (
    <>
      {seen.has('palette') && <PaletteDialog open={kind === 'palette'} onOpenChange={onOpenChange} pages={pages} />}
      {seen.has('shortcuts') && <ShortcutsDialog open={kind === 'shortcuts'} onOpenChange={onOpenChange} />}
      {exported && <ExportDialog key={exported.n} spec={exported.spec} open={kind === 'export'} onOpenChange={onOpenChange} />}
    </>
  );
}

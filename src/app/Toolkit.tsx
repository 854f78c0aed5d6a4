import { useState } from 'react';
import { useLingui } from '@lingui/react';
import type { Overlay } from '@/components/overlays';
import { PaletteDialog } from '@/features/palette/PaletteDialog';
import { ShortcutsDialog } from '@/features/palette/ShortcutsDialog';
import { NAV } from './nav';

/** Pages the palette offers besides the nav items: a new client, the sessions, the overview. */
const MORE_PAGES = [
  { to: '/clients/new', key: 'tools.palette.pages.newClient' },
  { to: '/sessions', key: 'nav.sessions' },
  { to: '/', key: 'tools.palette.pages.overview' },
] as const;

interface ToolkitProps {
  kind: Overlay['kind'] | undefined;
  onOpenChange: (open: boolean) => void;
}

/** The palette and the shortcuts list (one lazily loaded chunk): each mounted once it has been opened. */
export function Toolkit({ kind, onOpenChange }: ToolkitProps) {
  const { _: t } = useLingui();
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set());
  if (kind && kind !== 'export' && !seen.has(kind)) setSeen(new Set([...seen, kind]));
  const pages = [...NAV, ...MORE_PAGES].map((page) => ({ to: page.to, label: t(page.key) }));
  return (
    <>
      {seen.has('palette') && <PaletteDialog open={kind === 'palette'} onOpenChange={onOpenChange} pages={pages} />}
      {seen.has('shortcuts') && <ShortcutsDialog open={kind === 'shortcuts'} onOpenChange={onOpenChange} />}
    </>
  );
}

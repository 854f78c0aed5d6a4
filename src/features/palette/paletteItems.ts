/** Where a palette item leads: a route with its params and search, as the router takes them. */
export interface PaletteTarget {
  to: string;
  params?: Record<string, string>;
  search?: Record<string, string>;
}

export type PaletteGroup = 'recent' | 'pages' | 'clients' | 'users' | 'devices' | 'tokens';

export interface PaletteItem {
  /** Unique across the palette: the group and what it names. */
  id: string;
  group: Exclude<PaletteGroup, 'recent'>;
  label: string;
  /** A second line: an id, a status, where it leads. */
  detail?: string;
  target: PaletteTarget;
}

/** A page of the console the palette can go to (the shell's nav items and a few more). */
export interface PalettePage {
  to: string;
  /** Its name, already in the admin's language. */
  label: string;
}

const RECENT_MAX = 6;
/** Items picked before, newest first: in memory only (never storage), for this tab's life. */
let recent: PaletteItem[] = [];

export function recentItems(): readonly PaletteItem[] {
  return recent;
}

export function rememberItem(item: PaletteItem): void {
  recent = [item, ...recent.filter((r) => r.id !== item.id)].slice(0, RECENT_MAX);
}

/** Tests only. */
export function forgetRecentItems(): void {
  recent = [];
}

/** Pages whose name contains every word of the query (any case); all of them for an empty query. */
export function matchPages(pages: readonly PalettePage[], query: string): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return pages
    .filter((page) => words.every((word) => page.label.toLowerCase().includes(word) || page.to.includes(word)))
    .map((page) => ({ id: `page:${page.to}`, group: 'pages', label: page.label, detail: page.to, target: { to: page.to } }));
}

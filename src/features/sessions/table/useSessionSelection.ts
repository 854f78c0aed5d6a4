import { useMemo, useState } from 'react';
import type { SessionItem } from '@/api/schemas/sessions';

export type PageSelection = 'none' | 'some' | 'all';

/** A session that can be ended: it has an id and is active. */
export const isEndable = (session: SessionItem): session is SessionItem & { id: string } =>
  session.id !== undefined && session.status === 'active';

/**
 * The sessions picked to end. The pick is kept across pages (pick on page 1, then on page 2, and end them all: more
 * than 100 go in chunks), and starts afresh when a filter changes. Only active sessions can be picked; one that ends
 * meanwhile drops out. Shift-click picks a range on the page.
 */
export function useSessionSelection(rows: readonly SessionItem[], resetKey: string) {
  const [picked, setPicked] = useState<ReadonlyMap<string, SessionItem>>(() => new Map());
  const [anchor, setAnchor] = useState<number | undefined>();
  const [key, setKey] = useState(resetKey);
  if (key !== resetKey) {
    setKey(resetKey);
    setPicked(new Map());
    setAnchor(undefined);
  }

  return useMemo(() => {
    const onPage = new Map(rows.flatMap((row) => (row.id ? [[row.id, row] as const] : [])));
    // a picked session as the page shows it now, if it is on the page
    const latest = (session: SessionItem) => (session.id ? (onPage.get(session.id) ?? session) : session);
    const selected = [...picked.values()].map(latest).filter(isEndable);
    const selectedIds = new Set(selected.map((s) => s.id));
    const selectable = rows.filter(isEndable);
    const pickedOnPage = selectable.filter((s) => selectedIds.has(s.id)).length;
    const pageState: PageSelection = pickedOnPage === 0 ? 'none' : pickedOnPage === selectable.length ? 'all' : 'some';

    const apply = (sessions: readonly SessionItem[], checked: boolean) =>
      setPicked((current) => {
        const next = new Map(current);
        for (const session of sessions) {
          if (!isEndable(session)) continue;
          if (checked) next.set(session.id, session);
          else next.delete(session.id);
        }
        return next;
      });

    /** Checks or unchecks the row at `index`; with shift, every endable row between it and the last one clicked. */
    const toggle = (index: number, checked: boolean, range: boolean) => {
      const from = range && anchor !== undefined ? Math.min(anchor, index) : index;
      const to = range && anchor !== undefined ? Math.max(anchor, index) : index;
      apply(rows.slice(from, to + 1), checked);
      setAnchor(index);
    };

    return {
      isSelected: (id: string | undefined) => id !== undefined && selectedIds.has(id),
      selected,
      selectableCount: selectable.length,
      pageState,
      toggle,
      /** Picks or unpicks every endable session of the page shown. */
      setPage: (checked: boolean) => {
        apply(selectable, checked);
        setAnchor(undefined);
      },
      clear: () => {
        setPicked(new Map());
        setAnchor(undefined);
      },
    };
  }, [rows, picked, anchor]);
}

export type SessionSelection = ReturnType<typeof useSessionSelection>;

import { useMemo, useState } from 'react';
import type { TokenInfo } from '@/api/schemas/tokens';
import { isRevocable, type RevocableToken } from '@/features/tokens/revocable';

export type PageSelection = 'none' | 'some' | 'all';

/**
 * The rows picked for a bulk revoke, on the page shown: only revocable rows can be picked, a row that stops being
 * revocable (revoked meanwhile) drops out, shift-click picks a range, and a new page or filter starts afresh.
 */
export function useTokenSelection(rows: readonly TokenInfo[], resetKey: string) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [anchor, setAnchor] = useState<number | undefined>();
  const [key, setKey] = useState(resetKey);
  if (key !== resetKey) {
    setKey(resetKey);
    setSelected(new Set());
    setAnchor(undefined);
  }

  // one object per state, so the table's meta (and with it every row) changes only when the selection does
  return useMemo(() => {
    const selectable = rows.filter(isRevocable);
    const selectedTokens: RevocableToken[] = selectable.filter((t) => selected.has(t.id));
    const selectedIds = new Set(selectedTokens.map((t) => t.id));
    const pageState: PageSelection =
      selectedTokens.length === 0 ? 'none' : selectedTokens.length === selectable.length ? 'all' : 'some';

    /** Checks or unchecks the row at `index`; with shift, every revocable row between it and the last one clicked. */
    const toggle = (index: number, checked: boolean, range: boolean) => {
      const from = range && anchor !== undefined ? Math.min(anchor, index) : index;
      const to = range && anchor !== undefined ? Math.max(anchor, index) : index;
      const ids = rows.slice(from, to + 1).filter(isRevocable).map((t) => t.id);
      setSelected((current) => {
        const next = new Set(current);
        for (const id of ids) {
          if (checked) next.add(id);
          else next.delete(id);
        }
        return next;
      });
      setAnchor(index);
    };

    const setAll = (checked: boolean) => {
      setSelected(checked ? new Set(selectable.map((t) => t.id)) : new Set());
      setAnchor(undefined);
    };

    return {
      isSelected: (id: string | undefined) => id !== undefined && selectedIds.has(id),
      selectedTokens,
      selectableCount: selectable.length,
      pageState,
      toggle,
      setAll,
      clear: () => setAll(false),
    };
  }, [rows, selected, anchor]);
}

export type TokenSelection = ReturnType<typeof useTokenSelection>;

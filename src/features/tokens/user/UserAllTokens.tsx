import { useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useLingui } from '@lingui/react';
import type { TokenInfo } from '@/api/schemas/tokens';
import { features } from '@/components/tableFeatures';
import { VirtualTable } from '@/components/VirtualTable';
import type { TokenColumns, TokenTableMeta } from '@/features/tokens/table/tokenColumns';

/** Columns the user view leaves out: the user is the same on every row, and selection belongs to the paged table. */
const HIDDEN = new Set(['select', 'user_id']);

interface UserAllTokensProps {
  userId: string;
  items: TokenInfo[];
  /**
   * The paged table's columns and meta. Passed in, not imported: a module that this lazy chunk and the page both
   * import would make the bundler merge the page's chunk into a shared one.
   */
  columns: TokenColumns;
  meta: TokenTableMeta;
}

/** Every token of one user in one scrollable, virtualized table (loaded on demand: a user may have hundreds). */
export function UserAllTokens({ userId, items, columns: allColumns, meta }: UserAllTokensProps) {
  const { _: t } = useLingui();
  const columns = useMemo(
    () => allColumns.filter((c) => !HIDDEN.has(('accessorKey' in c ? String(c.accessorKey) : c.id) ?? '')),
    [allColumns],
  );
  const table = useTable({
    features,
    data: items,
    columns,
    meta,
    getRowId: (row, index) => row.id ?? `row-${index}`,
  });
  return (
    <div className="tokens-table user-all-tokens">
      <VirtualTable
        table={table}
        caption={t('tokens.user.allCaption', { user: userId })}
        regionLabel={t('tokens.user.allRegion', { user: userId })}
      />
    </div>
  );
}

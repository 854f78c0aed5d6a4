import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { TokenInfo } from '../../api/schemas/tokens';
import { VirtualTable } from '../../components/VirtualTable';
import { tokenColumns, type TokenTableMeta } from './tokenColumns';

/** Columns the user view leaves out: the user is the same on every row, and selection belongs to the paged table. */
const HIDDEN = new Set(['select', 'user_id']);

interface UserAllTokensProps {
  userId: string;
  items: TokenInfo[];
  meta: TokenTableMeta;
}

/** Every token of one user in one scrollable, virtualized table (loaded on demand: a user may have hundreds). */
export function UserAllTokens({ userId, items, meta }: UserAllTokensProps) {
  const { t } = useTranslation('tokens');
  const columns = useMemo(
    () => tokenColumns(t).filter((c) => !HIDDEN.has(('accessorKey' in c ? String(c.accessorKey) : c.id) ?? '')),
    [t],
  );
  const table = useReactTable({
    data: items,
    columns,
    meta,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row, index) => row.id ?? `row-${index}`,
  });
  return (
    <div className="tokens-table user-all-tokens">
      <VirtualTable
        table={table}
        caption={t('user.allCaption', { user: userId })}
        regionLabel={t('user.allRegion', { user: userId })}
      />
    </div>
  );
}

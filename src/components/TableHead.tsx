import { flexRender, type RowData, type Table } from '@tanstack/react-table';
import type { TableFeatureSet } from './tableFeatures';

/** The `<thead>` of a table: its header groups as column headers; `rowIndexed` numbers the rows for aria-rowcount. */
export function TableHead<T extends RowData>({
  table,
  rowIndexed = false,
}: {
  table: Table<TableFeatureSet, T>;
  rowIndexed?: boolean;
}) {
  return (
    <thead>
      {table.getHeaderGroups().map((group, i) => (
        <tr key={group.id} aria-rowindex={rowIndexed ? i + 1 : undefined}>
          {group.headers.map((header) => (
            <th key={header.id} scope="col">
              {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
            </th>
          ))}
        </tr>
      ))}
    </thead>
  );
}

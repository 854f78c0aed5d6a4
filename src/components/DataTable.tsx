import { flexRender, type Row, type RowData, type Table } from '@tanstack/react-table';
import { memo } from 'react';
import { TableHead } from './TableHead';
import type { TableFeatureSet } from './tableFeatures';

interface DataTableProps<T extends RowData> {
  table: Table<TableFeatureSet, T>;
  caption: string;
  loading?: boolean;
  skeletonRows?: number;
  /** Shown instead of the body when there are no rows and nothing is loading. */
  empty?: React.ReactNode;
  rowClassName?: (row: T) => string | undefined;
}

interface DataRowProps<T extends RowData> {
  row: Row<TableFeatureSet, T>;
  className: string | undefined;
  /** What cells read besides their row: a new column set or meta renders the row again. */
  columns: unknown;
  meta: unknown;
}

function DataRowImpl<T extends RowData>({ row, className }: DataRowProps<T>) {
  return (
    <tr className={className}>
      {row.getAllCells().map((cell) => (
        <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
      ))}
    </tr>
  );
}

// A page re-renders for things its rows do not show (a fetch starting, a dialog opening): unchanged rows are skipped.
const DataRow = memo(DataRowImpl) as typeof DataRowImpl;

/** Renders a TanStack table: a captioned, semantic <table>, with skeleton rows while loading. */
export function DataTable<T extends RowData>({ table, caption, loading, skeletonRows = 8, empty, rowClassName }: DataTableProps<T>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;
  return (
    // a named region a keyboard can focus, so a table wider than the screen can be scrolled without a mouse
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table" aria-busy={loading || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <TableHead table={table} />
        <tbody>
          {loading && rows.length === 0
            ? Array.from({ length: skeletonRows }, (_, i) => (
                <tr key={`skeleton-${i}`} className="skeleton-row" data-testid="skeleton-row">
                  {Array.from({ length: columnCount }, (__, j) => (
                    <td key={j}>
                      <span className="skeleton" />
                    </td>
                  ))}
                </tr>
              ))
            : rows.map((row) => (
                <DataRow
                  key={row.id}
                  row={row}
                  className={rowClassName?.(row.original)}
                  columns={table.options.columns}
                  meta={table.options.meta}
                />
              ))}
          {!loading && rows.length === 0 && empty && (
            <tr>
              <td colSpan={columnCount}>{empty}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

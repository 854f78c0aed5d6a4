import { flexRender, type Table } from '@tanstack/react-table';

interface DataTableProps<T> {
  table: Table<T>;
  caption: string;
  loading?: boolean;
  skeletonRows?: number;
  /** Shown instead of the body when there are no rows and nothing is loading. */
  empty?: React.ReactNode;
  rowClassName?: (row: T) => string | undefined;
}

/** Renders a TanStack table: a captioned, semantic <table>, with skeleton rows while loading. */
export function DataTable<T>({ table, caption, loading, skeletonRows = 8, empty, rowClassName }: DataTableProps<T>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div className="table-wrap">
      <table className="data-table" aria-busy={loading || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
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
                <tr key={row.id} className={rowClassName?.(row.original)}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
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

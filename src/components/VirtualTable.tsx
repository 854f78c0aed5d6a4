import { flexRender, type Row, type RowData, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { TableHead } from './TableHead';
import type { TableFeatureSet } from './tableFeatures';

interface VirtualRowProps<T extends RowData> {
  row: Row<TableFeatureSet, T>;
  ariaRowIndex: number;
  height: number;
  /** The table's meta: cells read it, so a new meta renders the row again. */
  meta: unknown;
}

function VirtualRowImpl<T extends RowData>({ row, ariaRowIndex, height }: VirtualRowProps<T>) {
  return (
    <tr aria-rowindex={ariaRowIndex} style={{ height }}>
      {row.getAllCells().map((cell) => (
        <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
      ))}
    </tr>
  );
}

// Scrolling renders the table on every frame: rows already in view render again only when their data or meta change.
const VirtualRow = memo(VirtualRowImpl) as typeof VirtualRowImpl;

interface VirtualTableProps<T extends RowData> {
  table: Table<TableFeatureSet, T>;
  caption: string;
  /** The accessible name of the scroll container, which is a keyboard-focusable region. */
  regionLabel: string;
  /** Height of one row in px: at least its content's (rows do not wrap), so every row is exactly this tall. */
  rowHeight?: number;
  /** Height of the scroll container in px. */
  height?: number;
  overscan?: number;
}

/**
 * A captioned, semantic <table> that renders only the rows in view (TanStack Virtual), for long lists. Screen readers
 * still learn the full size: aria-rowcount on the table, aria-rowindex on each row; spacer rows keep the scroll height.
 */
export function VirtualTable<T extends RowData>({ table, caption, regionLabel, rowHeight = 44, height = 480, overscan = 8 }: VirtualTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;
  const headerRows = table.getHeaderGroups().length;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    // A scrollable region must be reachable by keyboard to scroll it (WCAG 2.1.1), hence tabIndex and a name.
    <div ref={scrollRef} className="table-wrap virtual-table" style={{ maxHeight: height }} tabIndex={0} role="region" aria-label={regionLabel}>
      <table className="data-table" aria-rowcount={rows.length + headerRows}>
        <caption className="visually-hidden">{caption}</caption>
        <TableHead table={table} rowIndexed />
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="virtual-spacer" data-testid="virtual-spacer">
              <td colSpan={columnCount} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <VirtualRow
                key={row.id}
                row={row}
                ariaRowIndex={item.index + headerRows + 1}
                height={rowHeight}
                meta={table.options.meta}
              />
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" className="virtual-spacer" data-testid="virtual-spacer">
              <td colSpan={columnCount} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

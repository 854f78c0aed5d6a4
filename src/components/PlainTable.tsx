export interface PlainColumn<T> {
  header: string;
  cell: (row: T) => React.ReactNode;
  /** The header is read by screen readers only (an actions column). */
  hiddenHeader?: boolean;
  /** The cells name their row (`<th scope="row">`). */
  rowHeader?: boolean;
}

interface PlainTableProps<T> {
  caption: string;
  columns: readonly PlainColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
}

/** A short, captioned table of rows already loaded (no paging, no selection): a section's few rows. */
export function PlainTable<T>({ caption, columns, rows, rowKey }: PlainTableProps<T>) {
  return (
    // a named region a keyboard can focus, so a table wider than the screen can be scrolled without a mouse
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.hiddenHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.header} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { RowData, Table } from '@tanstack/react-table';
import { DataTable } from './DataTable';
import { EmptyState } from './EmptyState';
import { ErrorPanel } from './ErrorPanel';
import { Pagination } from './Pagination';
import type { TableFeatureSet } from './tableFeatures';

/** What the section reads of a list query (a `useQuery` result fits). */
export interface ListQuery {
  data: unknown;
  error: unknown;
  isError: boolean;
  isPending: boolean;
  /** The rows shown are the previous filter's or page's, kept while the new ones load. */
  isPlaceholderData?: boolean;
  refetch: () => unknown;
}

export interface ListEmpty {
  title: string;
  /** The title when filters are on; the active filters are named under it, joined by " · ". */
  filteredTitle?: string;
  /** The active filters as the page words them; falsy entries are filters that are off. */
  filters?: ReadonlyArray<string | false | null | undefined>;
  /** Said under the filters (e.g. what to wait for). */
  hint?: React.ReactNode;
}

interface ListSectionProps<T extends RowData> {
  query: ListQuery;
  table: Table<TableFeatureSet, T>;
  /** The table's caption (read by screen readers only). */
  caption: string;
  empty: ListEmpty;
  pagination: React.ComponentProps<typeof Pagination>;
  rowClassName?: (row: T) => string | undefined;
  /** Shown between the error above stale rows and the table (e.g. a bar acting on the selected rows). */
  beforeTable?: React.ReactNode;
  /** A class for a box around the table, for page-specific table styles. */
  tableClassName?: string;
}

/**
 * The list block of a list page: the error alone when there is nothing to show, the error above the rows it could
 * not refresh, the table (skeleton rows while the first page loads, the empty state naming the active filters) and
 * the pagination once a page has come.
 */
export function ListSection<T extends RowData>({
  query,
  table,
  caption,
  empty,
  pagination,
  rowClassName,
  beforeTable,
  tableClassName,
}: ListSectionProps<T>) {
  const retry = () => void query.refetch();
  if (query.isError && !query.data) return <ErrorPanel error={query.error} onRetry={retry} />;

  const filters = (empty.filters ?? []).filter((filter): filter is string => Boolean(filter));
  const dataTable = (
    <DataTable
      table={table}
      caption={caption}
      // an empty list kept from the previous filter is not an answer for this one: skeleton rows, not "no match"
      loading={query.isPending || query.isPlaceholderData === true}
      rowClassName={rowClassName}
      empty={
        <EmptyState title={filters.length > 0 && empty.filteredTitle ? empty.filteredTitle : empty.title}>
          {filters.length > 0 && <p>{filters.join(' · ')}</p>}
          {empty.hint}
        </EmptyState>
      }
    />
  );
  return (
    <>
      {query.isError && <ErrorPanel error={query.error} onRetry={retry} />}
      {beforeTable}
      {tableClassName ? <div className={tableClassName}>{dataTable}</div> : dataTable}
      {query.data !== undefined && <Pagination {...pagination} />}
    </>
  );
}

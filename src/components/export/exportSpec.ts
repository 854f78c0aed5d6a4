import type { ExportColumn, PageFetcher } from '@/lib/exportList';

/**
 * What a list page hands its export button: how to fetch a page of the current filter, the names, and optionally
 * the columns. Without columns, the CSV has one column per field of the items, in the API's order, headed by the
 * field's name (the same in every language). A column is a field name or a header with a value; a value that is a
 * list of strings is written joined by spaces, an object as JSON.
 */
export interface ExportSpec<T> {
  /** In file names and in the JSON: `tokens`, `client-tokens`, `devices`, `clients`. */
  list: string;
  /** The list's name as the page shows it (the dialog's title). */
  label: string;
  /** The filters in force, by short name (`user`, `status`); unset ones are left out of the file name. */
  filters: Readonly<Record<string, string | number | undefined>>;
  fetchPage: PageFetcher<T>;
  columns?: ReadonlyArray<(keyof T & string) | ExportColumn<T>>;
}

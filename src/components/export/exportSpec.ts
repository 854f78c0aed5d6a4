import type { ExportColumn, PageFetcher } from '@/lib/exportList';

/**
 * What a list page hands its export button: how to fetch a page of the current filter, the columns, and the names.
 * A column is an API field name (its value written as the API gave it; a list of strings joined by spaces) or a
 * header with a value.
 */
export interface ExportSpec<T> {
  /** In file names and in the JSON: `tokens`, `client-tokens`, `devices`, `clients`. */
  list: string;
  /** The list's name as the page shows it (the dialog's title). */
  label: string;
  /** The filters in force, by short name (`user`, `status`); unset ones are left out of the file name. */
  filters: Readonly<Record<string, string | number | undefined>>;
  fetchPage: PageFetcher<T>;
  columns: ReadonlyArray<(keyof T & string) | ExportColumn<T>>;
}

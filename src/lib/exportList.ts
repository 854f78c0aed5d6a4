import { toCsv, type Cell } from './csv';

/*
 * Export of a whole list (every page of the current filter): the pages are fetched 100 at a time, a few at once,
 * up to a stated cap, then written as CSV or JSON. Pure: the page fetcher, progress and cancel come from the caller.
 */

export const EXPORT_PAGE_SIZE = 100;
export const EXPORT_CONCURRENCY = 4;
export const EXPORT_ROW_CAP = 50_000;

/** What an export reads of a list answer (the list envelope fits). */
export interface ExportPage<T> {
  items: T[];
  total?: number;
  pagination?: { total?: number; total_pages?: number; has_next?: boolean };
}

export type PageFetcher<T> = (page: number, pageSize: number, signal: AbortSignal) => Promise<ExportPage<T>>;

export interface ExportProgress {
  pagesDone: number;
  /** Unknown until page 1 says (or when the server gives no total: then pages are read one after another). */
  pagesTotal?: number;
  rows: number;
}

export interface FetchedList<T> {
  rows: T[];
  /** The list's total as the server stated it, when it did. */
  total?: number;
  /** The cap was reached: the list holds more rows than were exported. */
  capped: boolean;
}

interface FetchOptions {
  signal: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  cap?: number;
  pageSize?: number;
  concurrency?: number;
}

/**
 * Every page of a list up to `cap` rows: page 1 first, then (once total_pages is known) the rest with at most
 * `concurrency` requests at a time, kept in page order. Without a total, pages are read in turn until one is short or
 * says there is no next. An abort rejects with the signal's reason; any failed page rejects the whole export.
 */
export async function fetchAllPages<T>(fetchPage: PageFetcher<T>, options: FetchOptions): Promise<FetchedList<T>> {
  const { signal, onProgress, cap = EXPORT_ROW_CAP, pageSize = EXPORT_PAGE_SIZE, concurrency = EXPORT_CONCURRENCY } = options;
  const maxPages = Math.ceil(cap / pageSize);
  const first = await fetchPage(1, pageSize, signal);
  const total = first.total ?? first.pagination?.total;
  const statedPages = first.pagination?.total_pages ?? (total !== undefined ? Math.ceil(total / pageSize) : undefined);
  const pages: T[][] = [first.items];
  let rows = first.items.length;
  let done = 1;
  let stoppedEarly = false;
  const report = (pagesTotal?: number) => onProgress?.({ pagesDone: done, pagesTotal, rows });

  if (statedPages !== undefined) {
    const last = Math.min(statedPages, maxPages);
    stoppedEarly = statedPages > maxPages;
    report(last);
    let next = 2;
    const worker = async () => {
      while (next <= last) {
        const page = next++;
        signal.throwIfAborted();
        const answer = await fetchPage(page, pageSize, signal);
        pages[page - 1] = answer.items;
        rows += answer.items.length;
        done += 1;
        report(last);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(0, last - 1)) }, worker));
  } else {
    report();
    let page = first;
    const hasNext = () => (page.pagination?.has_next ?? page.items.length === pageSize) && page.items.length > 0;
    while (hasNext()) {
      if (done >= maxPages) {
        stoppedEarly = true;
        break;
      }
      signal.throwIfAborted();
      page = await fetchPage(done + 1, pageSize, signal);
      pages.push(page.items);
      rows += page.items.length;
      done += 1;
      report();
    }
  }
  const all = pages.flat();
  return { rows: all.slice(0, cap), total, capped: all.length > cap || stoppedEarly };
}

export interface ExportColumn<T> {
  /** The column's header in the file: the API's field name, the same in every language. */
  header: string;
  value: (row: T) => Cell;
}

export interface ExportMeta {
  /** The list's name in file names and in the JSON (`tokens`, `client-tokens`, `devices`). */
  list: string;
  /** The filters in force: only the set ones appear. */
  filters: Readonly<Record<string, string | number | undefined>>;
  exportedAt: Date;
  cap: number;
}

const setFilters = (filters: ExportMeta['filters']) =>
  Object.entries(filters).filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '');

/** The file's note when the cap was reached, in the file itself (an English line, like the headers). */
export function capNote(meta: ExportMeta, total: number | undefined): string {
  return `Export stopped at the cap of ${meta.cap} rows${total !== undefined ? `; the list holds ${total}` : ''}.`;
}

/** CSV of the exported rows; when the cap was reached, a last one-cell record says so. */
export function exportCsv<T>(columns: readonly ExportColumn<T>[], list: FetchedList<T>, meta: ExportMeta): string {
  const rows: Cell[][] = list.rows.map((row) => columns.map((column) => column.value(row)));
  if (list.capped) rows.push([`# ${capNote(meta, list.total)}`]);
  return toCsv(
    columns.map((column) => column.header),
    rows,
  );
}

/** JSON of the exported rows as the API gave them, with what was exported and when. */
export function exportJson<T>(list: FetchedList<T>, meta: ExportMeta): string {
  return JSON.stringify(
    {
      list: meta.list,
      filters: Object.fromEntries(setFilters(meta.filters)),
      exported_at: meta.exportedAt.toISOString(),
      count: list.rows.length,
      ...(list.total !== undefined ? { total: list.total } : {}),
      ...(list.capped ? { note: capNote(meta, list.total) } : {}),
      items: list.rows,
    },
    null,
    2,
  );
}

/** Characters a file name cannot hold on some system, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f\s]+/g;

/** `tokens_user-usr_abc_status-active_2026-11-28.csv`: the list, its set filters and the local date. */
export function exportFileName(meta: Pick<ExportMeta, 'list' | 'filters' | 'exportedAt'>, extension: 'csv' | 'json'): string {
  const d = meta.exportedAt;
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const parts = [meta.list, ...setFilters(meta.filters).map(([key, value]) => `${key}-${value}`), date];
  const name = parts.join('_').replace(UNSAFE_IN_NAME, '-').slice(0, 150);
  return `${name}.${extension}`;
}

/** Saves text as a file through a Blob URL, revoked once the download has started. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

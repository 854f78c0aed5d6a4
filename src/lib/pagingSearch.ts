import { DEFAULT_PAGE_SIZE } from './pagination';

/** The URL search patch for a page: page 1 is left out of the URL. */
export function pageSearch(page: number): { page: number | undefined } {
  return { page: page === 1 ? undefined : page };
}

/** The URL search patch for a page size: back to page 1, and the default size left out of the URL. */
export function pageSizeSearch(pageSize: number): { page: undefined; page_size: number | undefined } {
  return { page: undefined, page_size: pageSize === DEFAULT_PAGE_SIZE ? undefined : pageSize };
}

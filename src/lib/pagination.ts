import type { PageInfo } from '@/api/schemas/common';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;

export interface PageSummary {
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
  hasNext: boolean;
  hasPrev: boolean;
  /** 1-based index of the first and last item shown; 0 when the page is empty. */
  from: number;
  to: number;
}

/** What to show under a table, from PageInfo when the server sent it and from our own request otherwise. */
export function summarizePage(
  info: PageInfo | undefined,
  total: number | undefined,
  itemCount: number,
  requested: { page: number; pageSize: number },
): PageSummary {
  const page = info?.page ?? requested.page;
  const pageSize = info?.page_size ?? requested.pageSize;
  const knownTotal = info?.total ?? total;
  const totalPages = info?.total_pages ?? (knownTotal !== undefined ? Math.ceil(knownTotal / pageSize) : page);
  const from = itemCount === 0 ? 0 : (page - 1) * pageSize + 1;
  return {
    page,
    pageSize,
    total: knownTotal ?? from + itemCount - 1,
    totalPages,
    hasNext: info?.has_next ?? page < totalPages,
    hasPrev: info?.has_prev ?? page > 1,
    from,
    to: itemCount === 0 ? 0 : from + itemCount - 1,
  };
}

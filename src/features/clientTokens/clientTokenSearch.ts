import * as z from 'zod/mini';
import type { ClientTokenListParams } from '@/api/schemas/clients';
import { DEFAULT_PAGE_SIZE } from '@/lib/pagination';
import { pageParam, pageSizeParam } from '@/lib/searchParams';

/** The client tokens page's URL state: paging only (the endpoint has no filters). Defaults stay out of the URL. */
export const clientTokenSearchSchema = z.object({
  page: pageParam,
  page_size: pageSizeParam,
});
export type ClientTokenSearch = z.infer<typeof clientTokenSearchSchema>;

export function toClientTokenListParams(search: ClientTokenSearch): ClientTokenListParams {
  return { page: search.page ?? 1, page_size: search.page_size ?? DEFAULT_PAGE_SIZE };
}

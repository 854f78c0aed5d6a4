import * as z from 'zod/mini';
import { CLIENT_STATUSES, type ClientListParams } from '@/api/schemas/clients';
import { DEFAULT_PAGE_SIZE } from '@/lib/pagination';
import { enumParam, pageParam, pageSizeParam, textParam } from '@/lib/searchParams';

/** The clients list's URL state: name search, status filter and paging. Defaults are left out of the URL. */
export const clientSearchSchema = z.object({
  page: pageParam,
  page_size: pageSizeParam,
  name: textParam,
  status: enumParam(CLIENT_STATUSES),
});
export type ClientSearch = z.infer<typeof clientSearchSchema>;

export function toClientListParams(search: ClientSearch): ClientListParams {
  return {
    page: search.page ?? 1,
    page_size: search.page_size ?? DEFAULT_PAGE_SIZE,
    name: search.name,
    status: search.status,
  };
}

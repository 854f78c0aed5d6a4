import * as z from 'zod/mini';
import { TOKEN_STATUSES, TOKEN_TYPES, type TokenListParams } from '@/api/schemas/tokens';
import { DEFAULT_PAGE_SIZE } from '@/lib/pagination';
import { enumParam, pageParam, pageSizeParam, textParam } from '@/lib/searchParams';

/** The tokens page's URL state: filters and paging. Defaults are left out of the URL. */
export const tokenSearchSchema = z.object({
  page: pageParam,
  page_size: pageSizeParam,
  user_id: textParam,
  type: enumParam(TOKEN_TYPES),
  status: enumParam(TOKEN_STATUSES),
});
export type TokenSearch = z.infer<typeof tokenSearchSchema>;

export function toTokenListParams(search: TokenSearch): TokenListParams {
  return {
    page: search.page ?? 1,
    page_size: search.page_size ?? DEFAULT_PAGE_SIZE,
    user_id: search.user_id,
    type: search.type,
    status: search.status,
  };
}

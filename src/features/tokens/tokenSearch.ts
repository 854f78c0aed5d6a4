import type * as z from 'zod/mini';
import { TOKEN_STATUSES, TOKEN_TYPES, type TokenListParams } from '@/api/schemas/tokens';
import { listSearch } from '@/lib/listSearch';
import { enumParam, textParam } from '@/lib/searchParams';

/** The tokens page's URL state: filters and paging. Defaults are left out of the URL. */
const tokenList = listSearch({
  user_id: textParam,
  type: enumParam(TOKEN_TYPES),
  status: enumParam(TOKEN_STATUSES),
});
export const tokenSearchSchema = tokenList.schema;
export type TokenSearch = z.infer<typeof tokenSearchSchema>;
export const toTokenListParams: (search: TokenSearch) => TokenListParams = tokenList.toParams;

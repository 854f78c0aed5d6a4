import type * as z from 'zod/mini';
import type { ClientTokenListParams } from '@/api/schemas/clients';
import { listSearch } from '@/lib/listSearch';

/** The client tokens page's URL state: paging only (the endpoint has no filters). Defaults stay out of the URL. */
const clientTokenList = listSearch({});
export const clientTokenSearchSchema = clientTokenList.schema;
export type ClientTokenSearch = z.infer<typeof clientTokenSearchSchema>;
export const toClientTokenListParams: (search: ClientTokenSearch) => ClientTokenListParams = clientTokenList.toParams;

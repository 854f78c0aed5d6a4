import type * as z from 'zod/mini';
import { CLIENT_STATUSES, type ClientListParams } from '@/api/schemas/clients';
import { listSearch } from '@/lib/listSearch';
import { enumParam, textParam } from '@/lib/searchParams';

/** The clients list's URL state: name search, status filter and paging. Defaults are left out of the URL. */
const clientList = listSearch({
  name: textParam,
  status: enumParam(CLIENT_STATUSES),
});
export const clientSearchSchema = clientList.schema;
export type ClientSearch = z.infer<typeof clientSearchSchema>;
export const toClientListParams: (search: ClientSearch) => ClientListParams = clientList.toParams;

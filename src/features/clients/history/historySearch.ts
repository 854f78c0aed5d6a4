import type * as z from 'zod/mini';
import type { AuditLogListParams } from '@/api/schemas/clientHistory';
import { listSearch } from '@/lib/listSearch';
import { textParam } from '@/lib/searchParams';

/**
 * A client's history tab in the URL: paging and the action filter. The action is free text, so an action the
 * console does not know (the server may add some) can be filtered on as well.
 */
const historyList = listSearch({ action: textParam });
export const historySearchSchema = historyList.schema;
export type HistorySearch = z.infer<typeof historySearchSchema>;
export const toHistoryParams: (search: HistorySearch) => AuditLogListParams = historyList.toParams;

import * as z from 'zod/mini';
import { SESSION_STATUSES, type SessionListParams } from '@/api/schemas/sessionList';
import { listSearch } from '@/lib/listSearch';
import { enumParam, textParam } from '@/lib/searchParams';

/** A minimum risk score in the URL: a whole number 0–100, else left out. */
const riskParam = z.catch(z.optional(z.int().check(z.minimum(0), z.maximum(100))), undefined);

/**
 * The sessions page's URL state: every filter of the list route, paging, and the session whose detail is open
 * (`session` = its id), so any view can be shared. Defaults are left out of the URL.
 */
const sessionList = listSearch(
  {
    user_id: textParam,
    client_id: textParam,
    status: enumParam(SESSION_STATUSES),
    ip: textParam,
    min_risk: riskParam,
  },
  { session: textParam },
);
export const sessionSearchSchema = sessionList.schema;
export type SessionSearch = z.infer<typeof sessionSearchSchema>;
export const toSessionListParams: (search: SessionSearch) => SessionListParams = sessionList.toParams;

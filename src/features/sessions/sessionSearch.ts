import * as z from 'zod/mini';
import { SESSION_STATUSES, type SessionListParams } from '@/api/schemas/sessions';
import { DEFAULT_PAGE_SIZE } from '@/lib/pagination';
import { enumParam, pageParam, pageSizeParam, textParam } from '@/lib/searchParams';

/** A minimum risk score in the URL: a whole number 0–100, else left out. */
const riskParam = z.catch(z.optional(z.int().check(z.minimum(0), z.maximum(100))), undefined);

/**
 * The sessions page's URL state: every filter of the list route, paging, and the session whose detail is open
 * (`session` = its id), so any view can be shared. Defaults are left out of the URL.
 */
export const sessionSearchSchema = z.object({
  page: pageParam,
  page_size: pageSizeParam,
  user_id: textParam,
  client_id: textParam,
  status: enumParam(SESSION_STATUSES),
  ip: textParam,
  min_risk: riskParam,
  session: textParam,
});
export type SessionSearch = z.infer<typeof sessionSearchSchema>;

export function toSessionListParams(search: SessionSearch): SessionListParams {
  return {
    page: search.page ?? 1,
    page_size: search.page_size ?? DEFAULT_PAGE_SIZE,
    user_id: search.user_id,
    client_id: search.client_id,
    status: search.status,
    ip: search.ip,
    min_risk: search.min_risk,
  };
}

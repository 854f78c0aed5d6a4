import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, segment } from './client';
import { queryKeys } from './queryKeys';
import { auditLogListSchema, type AuditLogList, type AuditLogListParams } from './schemas/clientHistory';

/*
 * A client's change history (audit log): an SDK route whose body is ASSUMED (see ./schemas/clientHistory.ts, the one
 * place to change when the server documents it). A 404/405/501 means the server does not offer it: callers check
 * `isRouteMissing(error)` (./errors) and say so in place.
 */

/** `GET {oauth}/admin/oauth/clients/{client_id}/audit-logs` */
export function listClientAuditLogs(
  clientId: string,
  params: AuditLogListParams,
  signal?: AbortSignal,
): Promise<AuditLogList> {
  return apiRequest({
    service: 'oauth',
    path: `/admin/oauth/clients/${segment(clientId)}/audit-logs`,
    query: { ...params },
    schema: auditLogListSchema,
    signal,
  });
}

export function clientHistoryQuery(clientId: string, params: AuditLogListParams) {
  return queryOptions({
    queryKey: queryKeys.clients.historyPage(clientId, params),
    queryFn: ({ signal }) => listClientAuditLogs(clientId, params, signal),
    placeholderData: keepPreviousData,
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
  });
}

import { queryOptions } from '@tanstack/react-query';
import { apiRequest, segment } from './client';
import { queryKeys } from './queryKeys';
import { clientStatsResponseSchema, type ClientStats } from './schemas/clientUsage';

/*
 * A client's usage: an SDK route whose body is ASSUMED (see ./schemas/clientUsage.ts, the one place to change when
 * the server documents it). A 404/405/501 means the server does not offer it: callers check
 * `isRouteMissing(error)` (./errors) and say so in place.
 */

/** `GET {oauth}/admin/oauth/clients/{client_id}/stats` */
export function getClientStats(clientId: string, signal?: AbortSignal): Promise<ClientStats> {
  return apiRequest({
    service: 'oauth',
    path: `/admin/oauth/clients/${segment(clientId)}/stats`,
    schema: clientStatsResponseSchema,
    signal,
  });
}

export function clientStatsQuery(clientId: string) {
  return queryOptions({
    queryKey: queryKeys.clients.stats(clientId),
    queryFn: ({ signal }) => getClientStats(clientId, signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
  });
}

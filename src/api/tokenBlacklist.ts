import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, segment } from './client';
import { queryKeys } from './queryKeys';
import { blacklistListSchema, type BlacklistList, type BlacklistListParams } from './schemas/tokenBlacklist';

/* The token blacklist (session service); bodies ASSUMED, see ./schemas/tokenBlacklist.ts. */

/** `GET {session}/admin/tokens/blacklist` */
export function listBlacklist(params: BlacklistListParams, signal?: AbortSignal): Promise<BlacklistList> {
  return apiRequest({
    service: 'session',
    path: '/admin/tokens/blacklist',
    query: { ...params },
    schema: blacklistListSchema,
    signal,
  });
}

/** `DELETE {session}/admin/tokens/blacklist/{id}`: 200 or 204; the body is not read. */
export function liftBlacklistEntry(id: string, signal?: AbortSignal): Promise<undefined> {
  return apiRequest({ service: 'session', method: 'DELETE', path: `/admin/tokens/blacklist/${segment(id)}`, signal });
}

export function blacklistQuery(params: BlacklistListParams) {
  return queryOptions({
    queryKey: queryKeys.blacklist.list(params),
    queryFn: ({ signal }) => listBlacklist(params, signal),
    retryOnMount: false,
    placeholderData: keepPreviousData,
  });
}

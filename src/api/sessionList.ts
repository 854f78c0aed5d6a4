import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import { queryKeys } from './queryKeys';
import { countSchema } from './schemas/common';
import { sessionListSchema, type SessionList, type SessionListParams } from './schemas/sessionList';

/*
 * The session list and the active count (session service), the part of ./sessions.ts that route loaders ask for up
 * front, so only these travel with the app's first load. Their bodies are ASSUMED: see ./schemas/sessions.ts.
 */

export const sessionsPath = '/admin/sessions';

/** `GET {session}/admin/sessions` */
export function listSessions(params: SessionListParams, signal?: AbortSignal): Promise<SessionList> {
  return apiRequest({ service: 'session', path: sessionsPath, query: { ...params }, schema: sessionListSchema, signal });
}

/** `GET {session}/admin/sessions/active-count`: undefined when the answer holds no count where one is assumed. */
export function getActiveSessionCount(signal?: AbortSignal): Promise<number | undefined> {
  return apiRequest({ service: 'session', path: `${sessionsPath}/active-count`, schema: countSchema, signal });
}

export function sessionListQuery(params: SessionListParams) {
  return queryOptions({
    queryKey: queryKeys.sessions.list(params),
    queryFn: ({ signal }) => listSessions(params, signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
    placeholderData: keepPreviousData,
  });
}

export function activeSessionCountQuery() {
  return queryOptions({
    queryKey: queryKeys.sessions.activeCount(),
    queryFn: ({ signal }) => getActiveSessionCount(signal),
    retryOnMount: false,
  });
}

import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';
import type { SessionItem, SessionList } from './schemas/sessions';

/** The status each session had before an optimistic end, by session id. */
export type SessionStatusSnapshot = Map<string, string | undefined>;

function patchStatuses(queryClient: QueryClient, statusOf: (session: SessionItem) => string | undefined | null): void {
  queryClient.setQueriesData<SessionList>({ queryKey: queryKeys.sessions.lists() }, (list) => {
    if (!list || !Array.isArray(list.items)) return list;
    let changed = false;
    const items = list.items.map((session) => {
      const next = statusOf(session);
      if (next === null || next === session.status) return session;
      changed = true;
      return { ...session, status: next };
    });
    return changed ? { ...list, items } : list;
  });
}

/**
 * Shows every cached active session that `matches` as revoked at once (an end whose result is certain), in every
 * cached session list (the sessions page, the user view); answers what to put back if the server refuses.
 */
export function markSessionsEnded(queryClient: QueryClient, matches: (session: SessionItem) => boolean): SessionStatusSnapshot {
  const previous: SessionStatusSnapshot = new Map();
  for (const [, list] of queryClient.getQueriesData<SessionList>({ queryKey: queryKeys.sessions.lists() })) {
    for (const session of list?.items ?? []) {
      if (session.id !== undefined && session.status === 'active' && matches(session) && !previous.has(session.id)) {
        previous.set(session.id, session.status);
      }
    }
  }
  patchStatuses(queryClient, (session) => (session.id !== undefined && previous.has(session.id) ? 'revoked' : null));
  return previous;
}

/** Puts back the status of the sessions in `previous` (only those in `ids`, when given) in every cached list. */
export function restoreSessionStatuses(queryClient: QueryClient, previous: SessionStatusSnapshot, ids?: readonly string[]): void {
  const only = ids ? new Set(ids) : undefined;
  patchStatuses(queryClient, (session) =>
    session.id !== undefined && previous.has(session.id) && (!only || only.has(session.id)) ? (previous.get(session.id) ?? null) : null,
  );
}

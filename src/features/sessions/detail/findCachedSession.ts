import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/api/queryKeys';
import type { SessionItem, SessionList } from '@/api/schemas/sessions';

/**
 * The session with this id: from the page on screen first, else from any session list already in the cache (the
 * contract has no route that reads one session by id; its risk and device routes take the id, so the details show
 * those even for a shared link to a session on another page).
 */
export function findCachedSession(id: string | undefined, onScreen: readonly SessionItem[], queryClient: QueryClient): SessionItem | undefined {
  if (!id) return undefined;
  const here = onScreen.find((s) => s.id === id);
  if (here) return here;
  for (const [, list] of queryClient.getQueriesData<SessionList>({ queryKey: queryKeys.sessions.lists() })) {
    const found = list?.items.find((s) => s.id === id);
    if (found) return found;
  }
  return undefined;
}

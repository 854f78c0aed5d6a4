import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/api/queryKeys';
import type { TokenInfo } from '@/api/schemas/tokens';

/** What every cached token query holds: a page of the list, or all of one user's tokens. */
interface TokenItems {
  items: TokenInfo[];
}

/** The status each token had before an optimistic change, by token id. */
export type StatusSnapshot = Map<string, string | undefined>;

function hasItems(data: unknown): data is TokenItems {
  return typeof data === 'object' && data !== null && Array.isArray((data as Partial<TokenItems>).items);
}

function patchStatuses(queryClient: QueryClient, statusOf: (token: TokenInfo) => string | undefined | null): void {
  queryClient.setQueriesData<TokenItems>({ queryKey: queryKeys.tokens.all }, (data) => {
    if (!hasItems(data)) return data;
    let changed = false;
    const items = data.items.map((token) => {
      const next = statusOf(token);
      if (next === null || next === token.status) return token;
      changed = true;
      return { ...token, status: next };
    });
    return changed ? { ...data, items } : data;
  });
}

/** Every cached token that `matches`, with its current status. */
function snapshot(queryClient: QueryClient, matches: (token: TokenInfo) => boolean): StatusSnapshot {
  const previous: StatusSnapshot = new Map();
  for (const [, data] of queryClient.getQueriesData<TokenItems>({ queryKey: queryKeys.tokens.all })) {
    if (!hasItems(data)) continue;
    for (const token of data.items) {
      if (token.id !== undefined && matches(token) && !previous.has(token.id)) previous.set(token.id, token.status);
    }
  }
  return previous;
}

/** Shows the tokens as revoked in every cached token list at once; answers what to restore if the server refuses. */
export function markTokensRevoked(queryClient: QueryClient, ids: readonly string[]): StatusSnapshot {
  const wanted = new Set(ids);
  const previous = snapshot(queryClient, (token) => wanted.has(token.id ?? ''));
  patchStatuses(queryClient, (token) => (token.id !== undefined && wanted.has(token.id) ? 'revoked' : null));
  return previous;
}

/** Shows every active cached token of one user as revoked; answers what to restore. */
export function markUserTokensRevoked(queryClient: QueryClient, userId: string): StatusSnapshot {
  const previous = snapshot(queryClient, (token) => token.user_id === userId && token.status === 'active');
  patchStatuses(queryClient, (token) => (token.id !== undefined && previous.has(token.id) ? 'revoked' : null));
  return previous;
}

/** Puts back the statuses of a snapshot, for only the given ids when `ids` is set (one failed token of many). */
export function restoreTokenStatuses(queryClient: QueryClient, previous: StatusSnapshot, ids?: readonly string[]): void {
  const only = ids ? new Set(ids) : undefined;
  patchStatuses(queryClient, (token) =>
    token.id !== undefined && previous.has(token.id) && (!only || only.has(token.id)) ? previous.get(token.id) : null,
  );
}

/** After a revoke: refetch every token list, and the clients' token lists (a revoked token leaves them too). */
export function invalidateTokenViews(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.tokens.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.clients.details() }),
  ]).then(() => undefined);
}

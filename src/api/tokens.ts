import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import { queryKeys } from './queryKeys';
import { tokenListSchema, type TokenInfo, type TokenList, type TokenListParams } from './schemas/tokens';

/** `GET {session}/admin/tokens` */
export function listTokens(params: TokenListParams, signal?: AbortSignal): Promise<TokenList> {
  return apiRequest({
    service: 'session',
    path: '/admin/tokens',
    query: { ...params },
    schema: tokenListSchema,
    signal,
  });
}

export function tokenListQuery(params: TokenListParams) {
  return queryOptions({
    queryKey: queryKeys.tokens.list(params),
    queryFn: ({ signal }) => listTokens(params, signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
    placeholderData: keepPreviousData,
  });
}

/** The page size and page limit of "every token of a user": 100 per page (the server's maximum), 50 pages at most. */
export const USER_TOKENS_PAGE_SIZE = 100;
export const USER_TOKENS_MAX_PAGES = 50;

export interface UserTokens {
  items: TokenInfo[];
  /** The server's total, when it sent one. */
  total?: number;
  /** True when the page limit stopped the walk before the last page. */
  truncated: boolean;
}

/** Every token of one user: `GET {session}/admin/tokens?user_id=..&page_size=100`, page after page until the last. */
export async function listAllUserTokens(userId: string, signal?: AbortSignal): Promise<UserTokens> {
  const items: TokenInfo[] = [];
  let total: number | undefined;
  for (let page = 1; page <= USER_TOKENS_MAX_PAGES; page += 1) {
    const list = await listTokens({ user_id: userId, page, page_size: USER_TOKENS_PAGE_SIZE }, signal);
    items.push(...list.items);
    total = list.pagination?.total ?? list.total ?? total;
    const info = list.pagination;
    const hasNext =
      info?.has_next ??
      (info?.total_pages !== undefined ? page < info.total_pages : list.items.length >= USER_TOKENS_PAGE_SIZE);
    // An empty page ends the walk even if the server claims more, so a wrong has_next cannot loop forever.
    if (!hasNext || list.items.length === 0) return { items, total, truncated: false };
  }
  return { items, total, truncated: true };
}

export function userTokensQuery(userId: string) {
  return queryOptions({
    queryKey: queryKeys.tokens.user(userId),
    queryFn: ({ signal }) => listAllUserTokens(userId, signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
  });
}

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, segment } from './client';
import { queryKeys } from './queryKeys';
import {
  tokenDetailSchema,
  tokenListSchema,
  type TokenCountFilter,
  type TokenInfo,
  type TokenList,
  type TokenListParams,
} from './schemas/tokens';

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

/** The list's total (`total`, else `pagination.total`), or null when the server sends neither. */
export function listTotal(list: TokenList): number | null {
  return list.total ?? list.pagination?.total ?? null;
}

/**
 * How many tokens match `filter`: one request of `page_size=1`, read for its total, so a count costs the same for
 * 5 tokens as for 5 million. Null when the server sends no total.
 */
export async function countTokens(filter: TokenCountFilter, signal?: AbortSignal): Promise<number | null> {
  return listTotal(await listTokens({ ...filter, page: 1, page_size: 1 }, signal));
}

export function tokenCountQuery(filter: TokenCountFilter) {
  return queryOptions({
    queryKey: queryKeys.tokens.count(filter),
    queryFn: ({ signal }) => countTokens(filter, signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
  });
}

/** The user view's full list: pages of 100 (the server's maximum), 50 pages (5,000 tokens) at most. */
export const USER_TOKENS_PAGE_SIZE = 100;
export const USER_TOKENS_MAX_PAGES = 50;

/** One page of 100 of one user's tokens, as the user view's full list loads them. */
export function userTokenPageQuery(userId: string, page: number) {
  return queryOptions({
    queryKey: queryKeys.tokens.userPage(userId, page),
    queryFn: ({ signal }) => listTokens({ user_id: userId, page, page_size: USER_TOKENS_PAGE_SIZE }, signal),
    // Only an invalidation (a revoke) makes a page stale: the list then refreshes a few pages at a time, rather
    // than every page at once on each window focus.
    staleTime: Infinity,
  });
}

/** `GET {session}/admin/tokens/{id}` (documented in the SDK): one token of the tenant. */
export async function getToken(id: string, signal?: AbortSignal): Promise<TokenInfo> {
  const envelope = await apiRequest({ service: 'session', path: `/admin/tokens/${segment(id)}`, schema: tokenDetailSchema, signal });
  return envelope.data ?? {};
}

export function tokenQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.tokens.detail(id),
    queryFn: ({ signal }) => getToken(id, signal),
  });
}

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import { queryKeys } from './queryKeys';
import { tokenListSchema, type TokenList, type TokenListParams } from './schemas/tokens';

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
    placeholderData: keepPreviousData,
  });
}

import { useMutation } from '@tanstack/react-query';
import { mutationKeys } from '@/api/queryKeys';
import { introspectToken } from '@/api/tokenIntrospection';

/**
 * Asks the server about a pasted token. A mutation, never a query: the token is its variables, which the mutation
 * cache would keep; `gcTime: 0` drops the mutation as soon as the page that ran it is gone (and `reset` when the
 * admin clears the field), so the token is never kept beyond the page.
 */
export function useIntrospection() {
  return useMutation({
    mutationKey: mutationKeys.tokens.introspect,
    mutationFn: (token: string) => introspectToken(token),
    gcTime: 0,
    retry: false,
  });
}

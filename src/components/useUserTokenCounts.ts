import { useQuery } from '@tanstack/react-query';
import { tokenCountQuery } from '@/api/tokens';
import { COUNT_FILTERS, countsFromTotals, type Count, type TokenCounts } from '@/lib/tokenCounts';

export interface UserTokenCountsResult {
  /** Once every count has answered (a count the server sent no total for is null). */
  counts: TokenCounts | undefined;
  isError: boolean;
  error: unknown;
  /** Asks again for the counts that failed. */
  refetch: () => void;
}

function useCount(userId: string | undefined, index: number) {
  return useQuery({ ...tokenCountQuery({ user_id: userId ?? '', ...COUNT_FILTERS[index] }), enabled: userId !== undefined });
}

/**
 * One user's tokens counted by type and status: 7 requests of one item each, in parallel, read for their totals
 * (keyed by the key factory, so they cache, and a revoke's invalidation of the token lists refreshes them).
 */
export function useUserTokenCounts(userId: string | undefined): UserTokenCountsResult {
  // One useQuery per count of COUNT_FILTERS, written out: useQueries would add its observer (1.6 KB gzip) to the
  // tokens page's first load, which must stay within its budget.
  const results = [
    useCount(userId, 0),
    useCount(userId, 1),
    useCount(userId, 2),
    useCount(userId, 3),
    useCount(userId, 4),
    useCount(userId, 5),
    useCount(userId, 6),
  ];
  const failed = results.filter((r) => r.isError);
  const totals = results.map((r) => r.data);
  return {
    counts: totals.every((t) => t !== undefined) ? countsFromTotals(totals as Count[]) : undefined,
    isError: failed.length > 0,
    error: failed[0]?.error,
    refetch: () => failed.forEach((r) => void r.refetch()),
  };
}

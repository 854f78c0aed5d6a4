import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { tokenCountQuery } from '@/api/tokens';
import { COUNT_FILTERS, countsFromTotals, type Count, type TokenCounts } from './userTokenCounts';

export interface UserTokenCountsResult {
  /** Once every count has answered (a count the server sent no total for is null). */
  counts: TokenCounts | undefined;
  isError: boolean;
  error: unknown;
  /** Asks again for the counts that failed. */
  refetch: () => void;
}

function combine(results: UseQueryResult<Count>[]): UserTokenCountsResult {
  const failed = results.filter((r) => r.isError);
  const totals = results.map((r) => r.data);
  return {
    counts: totals.every((t) => t !== undefined) ? countsFromTotals(totals as Count[]) : undefined,
    isError: failed.length > 0,
    error: failed[0]?.error,
    refetch: () => failed.forEach((r) => void r.refetch()),
  };
}

/**
 * One user's tokens counted by type and status: 7 requests of one item each, in parallel, read for their totals
 * (keyed by the key factory, so they cache, and a revoke's invalidation of the token lists refreshes them).
 */
export function useUserTokenCounts(userId: string | undefined): UserTokenCountsResult {
  return useQueries({
    queries: COUNT_FILTERS.map((filter) => ({
      ...tokenCountQuery({ user_id: userId ?? '', ...filter }),
      enabled: userId !== undefined,
    })),
    combine,
  });
}

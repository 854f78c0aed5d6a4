import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import type { BlacklistEntry, BlacklistList } from '@/api/schemas/tokenBlacklist';
import { liftBlacklistEntry } from '@/api/tokenBlacklist';

/** Lifts a blacklist entry: it leaves every cached page at once, comes back if the server refuses, then pages refetch. */
export function useLiftEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.blacklist.lift,
    mutationFn: (entry: BlacklistEntry & { id: string }) => liftBlacklistEntry(entry.id),
    onMutate: async (entry) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.blacklist.all });
      const previous = queryClient.getQueriesData<BlacklistList>({ queryKey: queryKeys.blacklist.all });
      queryClient.setQueriesData<BlacklistList>({ queryKey: queryKeys.blacklist.all }, (list) =>
        list && list.items.some((e) => e.id === entry.id)
          ? {
              ...list,
              items: list.items.filter((e) => e.id !== entry.id),
              total: list.total === undefined ? undefined : list.total - 1,
              pagination: list.pagination && { ...list.pagination, total: list.pagination.total === undefined ? undefined : list.pagination.total - 1 },
            }
          : list,
      );
      return { previous };
    },
    onError: (_error, _entry, context) => {
      for (const [key, data] of context?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.blacklist.all }),
  });
}

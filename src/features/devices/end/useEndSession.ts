import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endDeviceSession } from '@/api/devices';
import { queryKeys } from '@/api/queryKeys';
import { markSessionEnded, restoreSessionStatus } from './endSessionCache';

/** The key of the end-session mutation: the page holds its auto-refresh while one runs, so no stale answer lands. */
export const END_SESSION_MUTATION_KEY = [...queryKeys.devices.all, 'end'] as const;

/** Ends a device session: its row shows "denied" at once, goes back if the server refuses, then the lists refetch. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: END_SESSION_MUTATION_KEY,
    mutationFn: (deviceCode: string) => endDeviceSession(deviceCode),
    onMutate: async (deviceCode) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.devices.all });
      return { previous: markSessionEnded(queryClient, deviceCode) };
    },
    onError: (_error, deviceCode, context) => {
      if (context) restoreSessionStatus(queryClient, deviceCode, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.devices.all }),
  });
}

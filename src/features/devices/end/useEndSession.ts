import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endDeviceSession } from '@/api/devices';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import { markSessionEnded, restoreSessionStatus } from './endSessionCache';

/** Ends a device session: its row shows "denied" at once, goes back if the server refuses, then the lists refetch. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.devices.end,
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

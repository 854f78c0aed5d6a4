import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import type { TrustedDevice, TrustedDeviceList } from '@/api/schemas/trustedDevices';
import { forgetTrustedDevice } from '@/api/trustedDevices';

/**
 * Forgets a trusted device: it leaves every cached list at once and comes back if the server refuses; then the
 * lists, and every session's "trusted" answer, are asked again.
 */
export function useForgetDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.trustedDevices.forget,
    mutationFn: (device: TrustedDevice & { id: string }) => forgetTrustedDevice(device.id),
    onMutate: async (device) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.trustedDevices.all });
      const previous = queryClient.getQueriesData<TrustedDeviceList>({ queryKey: queryKeys.trustedDevices.all });
      queryClient.setQueriesData<TrustedDeviceList>({ queryKey: queryKeys.trustedDevices.all }, (list) =>
        list && list.items.some((d) => d.id === device.id) ? { ...list, items: list.items.filter((d) => d.id !== device.id) } : list,
      );
      return { previous };
    },
    onError: (_error, _device, context) => {
      for (const [key, data] of context?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.trustedDevices.all }),
        queryClient.invalidateQueries({ queryKey: [...queryKeys.sessions.all, 'fingerprint'] }),
      ]),
  });
}

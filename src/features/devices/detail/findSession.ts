import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/api/queryKeys';
import type { DeviceList, DeviceSession } from '@/api/schemas/devices';

/**
 * The session with this device code: from the page on screen first, else from any device list already in the
 * cache (the contract has no endpoint to read one session).
 */
export function findSession(
  deviceCode: string | undefined,
  onScreen: readonly DeviceSession[],
  queryClient: QueryClient,
): DeviceSession | undefined {
  if (!deviceCode) return undefined;
  const here = onScreen.find((s) => s.device_code === deviceCode);
  if (here) return here;
  for (const [, list] of queryClient.getQueriesData<DeviceList>({ queryKey: queryKeys.devices.lists() })) {
    const found = list?.items.find((s) => s.device_code === deviceCode);
    if (found) return found;
  }
  return undefined;
}

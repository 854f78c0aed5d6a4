import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/api/queryKeys';
import type { DeviceList } from '@/api/schemas/devices';

/** The status a session had in each cached device list before it was shown as ended, to put back on failure. */
export type EndedSnapshot = Array<{ queryKey: readonly unknown[]; status: string | undefined }>;

function patchStatus(queryClient: QueryClient, deviceCode: string, statusOf: (key: readonly unknown[]) => string | undefined | null) {
  for (const [queryKey, list] of queryClient.getQueriesData<DeviceList>({ queryKey: queryKeys.devices.lists() })) {
    if (!list?.items.some((s) => s.device_code === deviceCode)) continue;
    const status = statusOf(queryKey);
    if (status === null) continue;
    queryClient.setQueryData<DeviceList>(queryKey, {
      ...list,
      items: list.items.map((s) => (s.device_code === deviceCode ? { ...s, status } : s)),
    });
  }
}

/** Shows the session as denied in every cached device list at once; answers what to restore if the server refuses. */
export function markSessionEnded(queryClient: QueryClient, deviceCode: string): EndedSnapshot {
  const previous: EndedSnapshot = [];
  for (const [queryKey, list] of queryClient.getQueriesData<DeviceList>({ queryKey: queryKeys.devices.lists() })) {
    const session = list?.items.find((s) => s.device_code === deviceCode);
    if (session) previous.push({ queryKey, status: session.status });
  }
  patchStatus(queryClient, deviceCode, () => 'denied');
  return previous;
}

/** Puts back the status each cached list showed before the optimistic change. */
export function restoreSessionStatus(queryClient: QueryClient, deviceCode: string, previous: EndedSnapshot): void {
  const byKey = new Map(previous.map((p) => [JSON.stringify(p.queryKey), p.status]));
  patchStatus(queryClient, deviceCode, (key) => {
    const id = JSON.stringify(key);
    return byKey.has(id) ? byKey.get(id) : null;
  });
}

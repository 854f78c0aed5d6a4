import { useQueries } from '@tanstack/react-query';
import { deviceListQuery } from '@/api/devices';
import { DEVICE_STATUSES, type DeviceStatus } from '@/api/schemas/devices';
import { toStatusCountParams, type DeviceSearch } from '@/features/devices/deviceSearch';

export type StatusCounts = Partial<Record<DeviceStatus | 'all', number>>;

const keys = ['all', ...DEVICE_STATUSES] as const;

/** The count queries (one-item pages, read for their `total`), as the page and its route loader ask for them. */
export function statusCountQueries(search: DeviceSearch) {
  return keys.map((key) =>
    deviceListQuery(key === 'all' ? { page: 1, page_size: 1, client_id: search.client_id } : toStatusCountParams(search, key)),
  );
}

/** How many sessions each status has (and all together), from one-item pages; a failed count is just left out. */
export function useStatusCounts(search: DeviceSearch, refetchInterval: number | false): StatusCounts {
  const results = useQueries({
    queries: statusCountQueries(search).map((query) => ({
      ...query,
      refetchInterval,
      refetchIntervalInBackground: false,
    })),
  });
  const counts: StatusCounts = {};
  keys.forEach((key, i) => {
    const data = results[i]?.data;
    const total = data?.total ?? data?.pagination?.total;
    if (total !== undefined) counts[key] = total;
  });
  return counts;
}

import type { QueryClient } from '@tanstack/react-query';
import { clientListQuery } from '@/api/clients';
import { deviceListQuery } from '@/api/devices';
import { sessionStatsQuery } from '@/api/sessions';
import { tokenCountQuery } from '@/api/tokens';
import type { ClientStatus } from '@/api/schemas/clients';
import type { DeviceStatus } from '@/api/schemas/devices';

/*
 * Every request of the overview, as queryOptions: the route loader sends them all at once, and the page reads them
 * with the same options, so each figure shows as soon as its own answer is there. Counts are list totals (`page_size=1`) and the session stats (whose `active` is the active count:
 * `sessions/active-count` would be one more request for the same number).
 */

/** How many items a one-item page of a list says it has. */
export const countOf = (list: { total?: number; pagination?: { total?: number } } | undefined) =>
  list?.total ?? list?.pagination?.total;

export const overviewQueries = {
  accessTokens: () => tokenCountQuery({ type: 'access', status: 'active' }),
  refreshTokens: () => tokenCountQuery({ type: 'refresh', status: 'active' }),
  sessionStats: () => sessionStatsQuery(),
  clients: (status: ClientStatus) => clientListQuery({ page: 1, page_size: 1, status }),
  /** The names of the top clients: the first 100 clients (the API's largest page); others show their id. */
  clientNames: () => clientListQuery({ page: 1, page_size: 100 }),
  devices: (status: DeviceStatus) => deviceListQuery({ page: 1, page_size: 1, status }),
};

export const OVERVIEW_CLIENT_STATUSES = ['active', 'suspended'] as const satisfies readonly ClientStatus[];
export const OVERVIEW_DEVICE_STATUSES = ['pending', 'authorized', 'denied'] as const satisfies readonly DeviceStatus[];

/**
 * Sends every request of the page at once (the route loader does, without waiting): each is fetched unless the
 * cache holds a fresh answer; a failure stays in the cache for its tile to show (the page's queries do not ask
 * again on mount).
 */
export function sendOverviewRequests(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(overviewQueries.accessTokens());
  void queryClient.prefetchQuery(overviewQueries.refreshTokens());
  void queryClient.prefetchQuery(overviewQueries.sessionStats());
  for (const status of OVERVIEW_CLIENT_STATUSES) void queryClient.prefetchQuery(overviewQueries.clients(status));
  void queryClient.prefetchQuery(overviewQueries.clientNames());
  for (const status of OVERVIEW_DEVICE_STATUSES) void queryClient.prefetchQuery(overviewQueries.devices(status));
}

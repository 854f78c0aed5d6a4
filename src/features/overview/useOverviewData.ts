import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { OVERVIEW_CLIENT_STATUSES, OVERVIEW_DEVICE_STATUSES, overviewQueries } from './overviewQueries';

/** The overview refreshes itself this often while the tab is visible and the admin has not paused it. */
export const OVERVIEW_REFRESH_MS = 30_000;

/**
 * Every figure's query, each on its own (one failing leaves the others alone), refreshed every 30 s unless
 * paused; React Query holds interval refreshes while the tab is hidden.
 */
export function useOverviewData(paused: boolean) {
  // the route loader asked already: a failure shows in its tile with Retry, not as a second request on mount
  const live = { refetchInterval: paused ? (false as const) : OVERVIEW_REFRESH_MS, refetchIntervalInBackground: false, retryOnMount: false };
  const accessTokens = useQuery({ ...overviewQueries.accessTokens(), ...live });
  const refreshTokens = useQuery({ ...overviewQueries.refreshTokens(), ...live });
  const stats = useQuery({ ...overviewQueries.sessionStats(), ...live });
  const activeClients = useQuery({ ...overviewQueries.clients(OVERVIEW_CLIENT_STATUSES[0]), ...live });
  const suspendedClients = useQuery({ ...overviewQueries.clients(OVERVIEW_CLIENT_STATUSES[1]), ...live });
  // names change rarely: not refreshed with the figures
  const clientNames = useQuery({ ...overviewQueries.clientNames(), retryOnMount: false });
  const pendingDevices = useQuery({ ...overviewQueries.devices(OVERVIEW_DEVICE_STATUSES[0]), ...live });
  const authorizedDevices = useQuery({ ...overviewQueries.devices(OVERVIEW_DEVICE_STATUSES[1]), ...live });
  const deniedDevices = useQuery({ ...overviewQueries.devices(OVERVIEW_DEVICE_STATUSES[2]), ...live });
  const all: UseQueryResult[] = [
    accessTokens,
    refreshTokens,
    stats,
    activeClients,
    suspendedClients,
    pendingDevices,
    authorizedDevices,
    deniedDevices,
  ];
  return {
    tokens: { access: accessTokens, refresh: refreshTokens },
    sessions: { stats },
    clients: { active: activeClients, suspended: suspendedClients, names: clientNames },
    devices: { pending: pendingDevices, authorized: authorizedDevices, denied: deniedDevices },
    /** When the last answer came, 0 before any. */
    updatedAt: Math.max(0, ...all.map((query) => query.dataUpdatedAt)),
  };
}

export type OverviewData = ReturnType<typeof useOverviewData>;

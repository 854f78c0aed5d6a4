import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { clientListQuery } from '@/api/clients';
import type { OAuthClient } from '@/api/schemas/clients';

/** The largest page the contract allows: one request names the clients of nearly every tenant. */
const CLIENT_LOOKUP = { page: 1, page_size: 100 } as const;

export interface DeviceClients {
  clients: OAuthClient[];
  /** The client's name, or undefined when the client is unknown (deleted, another page, or the list failed). */
  nameOf: (clientId: string | undefined) => string | undefined;
  failed: boolean;
  /** The list did not hold every client (it failed, or the tenant has more than one page of them). */
  incomplete: boolean;
}

/** The clients whose names the page shows, as the page and its route loader ask for them. */
export function deviceClientsQuery() {
  return queryOptions({ ...clientListQuery(CLIENT_LOOKUP), staleTime: 5 * 60_000 });
}

/** Client names for the picker and the table; a failure here never fails the page, ids are shown instead. */
export function useDeviceClients(): DeviceClients {
  const query = useQuery(deviceClientsQuery());
  const clients = useMemo(() => query.data?.items ?? [], [query.data]);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const c of clients) if (c.client_id && c.name) map.set(c.client_id, c.name);
    return map;
  }, [clients]);
  const nameOf = useCallback((clientId: string | undefined) => (clientId ? names.get(clientId) : undefined), [names]);
  return {
    clients,
    nameOf,
    failed: query.isError,
    incomplete: query.isError || query.data?.pagination?.has_next === true,
  };
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateClient } from '@/api/clients';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import type { ClientList, ClientListParams, ClientStatus, OAuthClient } from '@/api/schemas/clients';

/** A cached list as it reads with one client's new status: a list filtered by the other status no longer holds it. */
function withStatus(list: ClientList, params: ClientListParams | undefined, clientId: string, status: ClientStatus): ClientList {
  const holds = list.items.some((c) => c.client_id === clientId);
  if (!holds) return list;
  if (params?.status && params.status !== status) {
    const drop = (n: number | undefined) => (n === undefined ? n : Math.max(0, n - 1));
    return {
      ...list,
      items: list.items.filter((c) => c.client_id !== clientId),
      total: drop(list.total),
      pagination: list.pagination && { ...list.pagination, total: drop(list.pagination.total) },
    };
  }
  return { ...list, items: list.items.map((c) => (c.client_id === clientId ? { ...c, status } : c)) };
}

/**
 * Suspends or activates a client (`PUT …/clients/{id}` with `{status}`). Every cached list and the detail show the
 * new status at once (a list filtered by the other status drops the client); a refusal puts them back as they were
 * and the caller shows the server's words; then the lists are refetched.
 */
export function useSetClientStatus(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.clients.setStatus,
    mutationFn: (status: ClientStatus) => updateClient(clientId, { status }),
    onMutate: async (status) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.clients.all });
      const lists = queryClient.getQueriesData<ClientList>({ queryKey: queryKeys.clients.lists() });
      const detail = queryClient.getQueryData<OAuthClient>(queryKeys.clients.detail(clientId));
      for (const [key, list] of lists) {
        if (list) queryClient.setQueryData(key, withStatus(list, key[2] as ClientListParams | undefined, clientId, status));
      }
      if (detail) queryClient.setQueryData(queryKeys.clients.detail(clientId), { ...detail, status });
      return { lists, detail };
    },
    onError: (_error, _status, saved) => {
      for (const [key, list] of saved?.lists ?? []) queryClient.setQueryData(key, list);
      if (saved?.detail) queryClient.setQueryData(queryKeys.clients.detail(clientId), saved.detail);
    },
    onSuccess: (client) => {
      if (client.client_id) queryClient.setQueryData(queryKeys.clients.detail(clientId), client);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.clients.lists() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.clients.history(clientId) }),
      ]),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteClient } from '@/api/clients';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import type { ClientList } from '@/api/schemas/clients';

/** Deletes a client; every cached list drops it at once and is refetched, its detail is forgotten. */
export function useDeleteClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.clients.delete,
    mutationFn: () => deleteClient(clientId),
    onSuccess: async () => {
      queryClient.setQueriesData<ClientList>({ queryKey: queryKeys.clients.lists() }, (list) =>
        list ? { ...list, items: list.items.filter((c) => c.client_id !== clientId) } : list,
      );
      queryClient.removeQueries({ queryKey: queryKeys.clients.detail(clientId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.clients.lists() });
    },
  });
}

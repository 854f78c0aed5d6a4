import { useQueryClient } from '@tanstack/react-query';
import { createClient } from '@/api/clientLifecycle';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import type { CreateClientRequest, IssuedClient } from '@/api/schemas/clientLifecycle';
import { useSecretIssuingMutation } from '@/features/clients/secret/useSecretIssuingMutation';

/** Creates a client; the answer (with a confidential client's secret) goes to `onCreated` only. Lists refetch. */
export function useCreateClient(onCreated: (issued: IssuedClient) => void) {
  const queryClient = useQueryClient();
  return useSecretIssuingMutation<CreateClientRequest>({
    mutationKey: mutationKeys.clients.create,
    request: (body) => createClient(body),
    onIssued: onCreated,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clients.lists() }),
  });
}

import { useMutation } from '@tanstack/react-query';
import type { OAuthClient } from '@/api/schemas/clients';
import type { IssuedClient } from '@/api/schemas/clientLifecycle';

interface SecretIssuingOptions<V> {
  /** The mutation's key (from `mutationKeys`). */
  mutationKey: readonly unknown[];
  /** The request that may answer a secret (create, clone, rotate). */
  request: (variables: V) => Promise<IssuedClient>;
  /** Receives the answer, secret included: keep it in component state, nowhere else. */
  onIssued: (issued: IssuedClient, variables: V) => void;
  onSuccess?: (client: OAuthClient, variables: V) => Promise<unknown> | void;
}

/**
 * A mutation for a request whose answer carries a secret. The secret goes straight to `onIssued` (the state of the
 * one component that shows it); the mutation itself resolves with the client alone and is dropped from the cache
 * as soon as it is unused, so React Query never holds the secret.
 */
export function useSecretIssuingMutation<V = void>({ mutationKey, request, onIssued, onSuccess }: SecretIssuingOptions<V>) {
  return useMutation({
    mutationKey,
    mutationFn: async (variables: V): Promise<OAuthClient> => {
      const issued = await request(variables);
      onIssued(issued, variables);
      return issued.client;
    },
    onSuccess,
    gcTime: 0,
  });
}

import type { CreateClientRequest } from '@/api/schemas/clientLifecycle';
import type { ClientFormValues } from '@/features/clients/form/clientFormSchema';
import { changedFields } from '@/features/clients/form/diff';
import { toClientFormValues } from '@/features/clients/form/formValues';

/** A client with no value set: what the create body is compared against. */
const NOTHING: ClientFormValues = toClientFormValues({});

/**
 * The body that creates a client: every field that has a value, normalised exactly as an edit sends it (text
 * trimmed, lists without empty entries), the client type always, and the client_id only when the admin chose one.
 */
export function toCreateRequest(values: ClientFormValues, clientId: string): CreateClientRequest {
  const id = clientId.trim();
  return {
    ...(id === '' ? {} : { client_id: id }),
    ...changedFields(NOTHING, values),
    is_confidential: values.is_confidential,
  };
}

import type { CreateClientRequest } from '../../../api/schemas/clientLifecycle';
import type { ClientFormValues } from '../form/clientFormSchema';
import { changedFields } from '../form/diff';

const NOTHING: ClientFormValues = {
  name: '',
  status: '',
  is_confidential: false,
  client_auth_methods: [],
  grant_types: [],
  scopes: [],
  redirect_uris: [],
  jwks: '',
  jwks_uri: '',
  fapi_profile: '',
  logo_url: '',
  website: '',
  terms_url: '',
  privacy_policy: '',
};

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

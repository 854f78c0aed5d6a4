import type { OAuthClient } from '@/api/schemas/clients';
import type { ClientFormValues } from './clientFormSchema';

/**
 * The form's values for a client as the server returned it; a missing value becomes '' or []. The server never
 * returns a stored JWK Set, so `jwks` starts empty: leaving it empty keeps whatever the server holds.
 */
export function toClientFormValues(client: OAuthClient): ClientFormValues {
  return {
    name: client.name ?? '',
    status: client.status ?? '',
    is_confidential: client.is_confidential ?? false,
    client_auth_methods: [...(client.client_auth_methods ?? [])],
    grant_types: [...(client.grant_types ?? [])],
    scopes: [...(client.scopes ?? [])],
    redirect_uris: [...(client.redirect_uris ?? [])],
    jwks: '',
    jwks_uri: client.jwks_uri ?? '',
    fapi_profile: client.fapi_profile ?? '',
    logo_url: client.logo_url ?? '',
    website: client.website ?? '',
    terms_url: client.terms_url ?? '',
    privacy_policy: client.privacy_policy ?? '',
  };
}

/** A saved client with `private_key_jwt` and no `jwks_uri` must hold a JWK Set that the API does not return. */
export function jwksMayBeStored(client: OAuthClient): boolean {
  return (client.client_auth_methods ?? []).includes('private_key_jwt') && !client.jwks_uri;
}

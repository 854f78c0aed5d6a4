import { CLIENT_AUTH_METHODS, GRANT_TYPES } from '@/api/schemas/clients';

/** The i18n key of a known grant type's label (URNs have separators i18next would split on); unknown: none. */
export function grantTypeKey(grant: string): string | undefined {
  if (!(GRANT_TYPES as readonly string[]).includes(grant)) return undefined;
  return `clients.grantTypes.${grant.replace(/^urn:ietf:params:oauth:grant-type:/, '')}`;
}

export function authMethodKey(method: string): string | undefined {
  return (CLIENT_AUTH_METHODS as readonly string[]).includes(method) ? `clients.authMethods.${method}` : undefined;
}

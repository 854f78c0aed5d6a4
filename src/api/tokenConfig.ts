import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import { queryKeys } from './queryKeys';
import { tokenConfigResponseSchema, type TokenConfig, type TokenConfigUpdate } from './schemas/tokenConfig';

/*
 * The tenant's token and session lifetimes. ASSUMED bodies (see ./schemas/tokenConfig.ts); a 404/405/501 means the
 * server does not offer the route (isRouteMissing in ./errors): the page says so in place.
 */

const CONFIG_PATH = '/admin/tokens/config';

/** `GET {session}/admin/tokens/config` */
export async function getTokenConfig(signal?: AbortSignal): Promise<TokenConfig> {
  const envelope = await apiRequest({ service: 'session', path: CONFIG_PATH, schema: tokenConfigResponseSchema, signal });
  return envelope?.data ?? {};
}

/** `PUT {session}/admin/tokens/config` with the changed fields only; answers the config as saved (else reads it). */
export async function updateTokenConfig(changes: TokenConfigUpdate, signal?: AbortSignal): Promise<TokenConfig> {
  const envelope = await apiRequest({
    service: 'session',
    method: 'PUT',
    path: CONFIG_PATH,
    body: changes,
    schema: tokenConfigResponseSchema,
    signal,
  });
  return envelope?.data ?? getTokenConfig(signal);
}

/** `DELETE {session}/admin/tokens/config`: back to the server's defaults, which it answers (or 204: read them). */
export async function resetTokenConfig(signal?: AbortSignal): Promise<TokenConfig> {
  const envelope = await apiRequest({
    service: 'session',
    method: 'DELETE',
    path: CONFIG_PATH,
    schema: tokenConfigResponseSchema,
    signal,
  });
  return envelope?.data ?? getTokenConfig(signal);
}

export function tokenConfigQuery() {
  return queryOptions({
    queryKey: queryKeys.tokenConfig.all,
    queryFn: ({ signal }) => getTokenConfig(signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
  });
}

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, segment } from './client';
import { queryKeys } from './queryKeys';
import {
  clientDetailSchema,
  clientListSchema,
  clientTokenListSchema,
  type ClientList,
  type ClientListParams,
  type ClientTokenList,
  type ClientTokenListParams,
  type OAuthClient,
  type UpdateClientRequest,
} from './schemas/clients';

const clientPath = (clientId: string) => `/admin/oauth/clients/${segment(clientId)}`;

/** `GET {oauth}/admin/oauth/clients` */
export function listClients(params: ClientListParams, signal?: AbortSignal): Promise<ClientList> {
  return apiRequest({ service: 'oauth', path: '/admin/oauth/clients', query: { ...params }, schema: clientListSchema, signal });
}

/** `GET {oauth}/admin/oauth/clients/{client_id}` */
export async function getClient(clientId: string, signal?: AbortSignal): Promise<OAuthClient> {
  const envelope = await apiRequest({ service: 'oauth', path: clientPath(clientId), schema: clientDetailSchema, signal });
  return envelope.data ?? {};
}

/** `PUT {oauth}/admin/oauth/clients/{client_id}`: answers with the updated client. */
export async function updateClient(
  clientId: string,
  changes: UpdateClientRequest,
  signal?: AbortSignal,
): Promise<OAuthClient> {
  const envelope = await apiRequest({
    service: 'oauth',
    method: 'PUT',
    path: clientPath(clientId),
    body: changes,
    schema: clientDetailSchema,
    signal,
  });
  return envelope.data ?? {};
}

/** `DELETE {oauth}/admin/oauth/clients/{client_id}`: 204, soft-deletes the client and its tokens. */
export function deleteClient(clientId: string, signal?: AbortSignal): Promise<undefined> {
  return apiRequest({ service: 'oauth', method: 'DELETE', path: clientPath(clientId), signal });
}

/** `GET {oauth}/admin/oauth/clients/{client_id}/tokens`: the client's active tokens. */
export function listClientTokens(
  clientId: string,
  params: ClientTokenListParams,
  signal?: AbortSignal,
): Promise<ClientTokenList> {
  return apiRequest({
    service: 'oauth',
    path: `${clientPath(clientId)}/tokens`,
    query: { ...params },
    schema: clientTokenListSchema,
    signal,
  });
}

export function clientListQuery(params: ClientListParams) {
  return queryOptions({
    queryKey: queryKeys.clients.list(params),
    queryFn: ({ signal }) => listClients(params, signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
    placeholderData: keepPreviousData,
  });
}

export function clientDetailQuery(clientId: string) {
  return queryOptions({
    queryKey: queryKeys.clients.detail(clientId),
    queryFn: ({ signal }) => getClient(clientId, signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
  });
}

export function clientTokenListQuery(clientId: string, params: ClientTokenListParams) {
  return queryOptions({
    queryKey: queryKeys.clients.tokenList(clientId, params),
    queryFn: ({ signal }) => listClientTokens(clientId, params, signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
    placeholderData: keepPreviousData,
  });
}

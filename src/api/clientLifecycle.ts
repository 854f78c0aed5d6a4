import { queryOptions } from '@tanstack/react-query';
import { apiRequest, segment } from './client';
import { isApiError } from './errors';
import { queryKeys } from './queryKeys';
import {
  clientSecretListSchema,
  readAddedSecret,
  readIssuedClient,
  secretAddedAnswerSchema,
  secretIssuingAnswerSchema,
  type AddedSecret,
  type ClientSecrets,
  type CloneClientRequest,
  type CreateClientRequest,
  type IssuedClient,
} from './schemas/clientLifecycle';

/*
 * Creating, duplicating and rotating a client's secret: SDK routes whose bodies are assumed (see
 * ./schemas/clientLifecycle.ts). An answer may carry a secret: call these from a mutation that hands the secret
 * to the one component showing it, never into the query cache (no setQueryData with an IssuedClient).
 */

const clientsPath = '/admin/oauth/clients';
const clientPath = (clientId: string) => `${clientsPath}/${segment(clientId)}`;

/** `POST {oauth}/admin/oauth/clients`: the new client, and a confidential client's secret, once. */
export async function createClient(request: CreateClientRequest, signal?: AbortSignal): Promise<IssuedClient> {
  const answer = await apiRequest({
    service: 'oauth',
    method: 'POST',
    path: clientsPath,
    body: request,
    schema: secretIssuingAnswerSchema,
    signal,
  });
  return readIssuedClient(answer);
}

/** `POST {oauth}/admin/oauth/clients/{client_id}/rotate-secret`: the new secret, once; the old one stops working. */
export async function rotateClientSecret(clientId: string, signal?: AbortSignal): Promise<IssuedClient> {
  const answer = await apiRequest({
    service: 'oauth',
    method: 'POST',
    path: `${clientPath(clientId)}/rotate-secret`,
    schema: secretIssuingAnswerSchema,
    signal,
  });
  return readIssuedClient(answer);
}

/** `POST {oauth}/admin/oauth/clients/{client_id}/clone`: a copy under a new client_id (with its own secret, if any). */
export async function cloneClient(
  clientId: string,
  request: CloneClientRequest,
  signal?: AbortSignal,
): Promise<IssuedClient> {
  const answer = await apiRequest({
    service: 'oauth',
    method: 'POST',
    path: `${clientPath(clientId)}/clone`,
    body: request,
    schema: secretIssuingAnswerSchema,
    signal,
  });
  return readIssuedClient(answer);
}

/** 404 or 405 from the secrets routes: this server does not offer them. */
export function isSecretsRouteMissing(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 405);
}

/**
 * `GET {oauth}/admin/oauth/clients/{client_id}/secrets`: last four, created and status of each secret (never the
 * secret). A server without the route answers 404/405: that is `offered: false`, not an error.
 */
export async function listClientSecrets(clientId: string, signal?: AbortSignal): Promise<ClientSecrets> {
  try {
    const items = await apiRequest({
      service: 'oauth',
      path: `${clientPath(clientId)}/secrets`,
      schema: clientSecretListSchema,
      signal,
    });
    return { offered: true, items };
  } catch (error) {
    if (isSecretsRouteMissing(error)) return { offered: false, items: [] };
    throw error;
  }
}

/**
 * `POST {oauth}/admin/oauth/clients/{client_id}/secrets`: a second active secret, its text once. Both work until the
 * older one is deactivated: a rotation without downtime.
 */
export async function addClientSecret(clientId: string, signal?: AbortSignal): Promise<AddedSecret> {
  const answer = await apiRequest({
    service: 'oauth',
    method: 'POST',
    path: `${clientPath(clientId)}/secrets`,
    schema: secretAddedAnswerSchema,
    signal,
  });
  return readAddedSecret(answer);
}

/** `PUT {oauth}/admin/oauth/clients/{client_id}/secrets/{secret_id}/deactivate`: 200 or 204; the body is not read. */
export function deactivateClientSecret(clientId: string, secretId: string, signal?: AbortSignal): Promise<undefined> {
  return apiRequest({
    service: 'oauth',
    method: 'PUT',
    path: `${clientPath(clientId)}/secrets/${segment(secretId)}/deactivate`,
    signal,
  });
}

export function clientSecretsQuery(clientId: string) {
  return queryOptions({
    queryKey: queryKeys.clients.secrets(clientId),
    queryFn: ({ signal }) => listClientSecrets(clientId, signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
  });
}

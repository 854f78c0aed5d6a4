import * as z from 'zod/mini';
import { apiRequest, segment } from './client';
import { isApiError } from './errors';
import { detailEnvelope, optNumber, optional } from './schemas/common';
import { revokeClientTokensResponseSchema, type RevokeClientTokensResult } from './schemas/clients';

/**
 * Every revoke path of the console, in one place: the contract documents only the client-wide one;
 * the others are SDK routes with undocumented bodies, so when the server documents them this is the one edit.
 */

/** `DELETE {session}/admin/tokens/{id}`: one token (404/405 means this server has no such route). */
export function revokeToken(tokenId: string, signal?: AbortSignal): Promise<undefined> {
  return apiRequest({ service: 'session', method: 'DELETE', path: `/admin/tokens/${segment(tokenId)}`, signal });
}

/**
 * 404 or 405 from `DELETE {session}/admin/tokens/{id}`: the contract says this server has no single-token revoke
 * route, so the console offers the user-wide revoke instead of reporting a failure.
 */
export function isSingleRevokeUnsupported(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 405);
}

/** The counts a user-wide revoke may carry; every name is a guess at an undocumented body, all optional. */
export const revokeUserResultSchema = optional(
  detailEnvelope(
    z.object({
      revoked: optNumber,
      revoked_count: optNumber,
      revoked_access_tokens: optNumber,
      revoked_refresh_tokens: optNumber,
    }),
  ),
);
export type RevokeUserResult = z.infer<typeof revokeUserResultSchema>;

/** How many tokens a user-wide revoke says it revoked, whichever field carries it; undefined when it says nothing. */
export function revokedCount(result: RevokeUserResult): number | undefined {
  const data = result?.data;
  if (!data) return undefined;
  if (data.revoked_count !== undefined) return data.revoked_count;
  if (data.revoked !== undefined) return data.revoked;
  if (data.revoked_access_tokens === undefined && data.revoked_refresh_tokens === undefined) return undefined;
  return (data.revoked_access_tokens ?? 0) + (data.revoked_refresh_tokens ?? 0);
}

/** `POST {session}/admin/tokens/revoke-all` with `{ user_id }`: every active session token of one user. */
export function revokeUserSessionTokens(userId: string, signal?: AbortSignal): Promise<RevokeUserResult> {
  return apiRequest({
    service: 'session',
    method: 'POST',
    path: '/admin/tokens/revoke-all',
    body: { user_id: userId },
    schema: revokeUserResultSchema,
    signal,
  });
}

/** `DELETE {oauth}/admin/oauth/tokens/user/{user_id}`: the user's OAuth tokens. */
export function revokeUserOAuthTokens(userId: string, signal?: AbortSignal): Promise<RevokeUserResult> {
  return apiRequest({
    service: 'oauth',
    method: 'DELETE',
    path: `/admin/oauth/tokens/user/${segment(userId)}`,
    schema: revokeUserResultSchema,
    signal,
  });
}

/** `DELETE {oauth}/admin/oauth/clients/{client_id}/tokens?grace_period=`: all of a client's active tokens. */
export async function revokeClientTokens(
  clientId: string,
  gracePeriodSeconds?: number,
  signal?: AbortSignal,
): Promise<RevokeClientTokensResult> {
  const envelope = await apiRequest({
    service: 'oauth',
    method: 'DELETE',
    path: `/admin/oauth/clients/${segment(clientId)}/tokens`,
    query: { grace_period: gracePeriodSeconds },
    schema: revokeClientTokensResponseSchema,
    signal,
  });
  return envelope.data ?? {};
}

import { toRfc3339 } from '@/mocks/clock';
import { FAILING_TOKEN_IDS } from '@/mocks/identities';
import { getMockDb } from './store';
import type { MockToken, TokenKind, TokenStatus } from './types';

/** A token's status at `now`: revoked wins, then expiry; so statuses stay true as the clock moves. */
export function tokenStatus(token: MockToken, now: number): TokenStatus {
  if (token.revoked_at !== undefined) return 'revoked';
  return token.expires_at <= now ? 'expired' : 'active';
}

/** `TokenInfoResponse` */
export interface TokenInfoBody {
  id: string;
  user_id?: string;
  token_type: TokenKind;
  status: TokenStatus;
  ip?: string;
  user_agent?: string;
  created_at: string;
  expires_at: string;
}

export function toTokenInfo(token: MockToken, now: number): TokenInfoBody {
  return {
    id: token.id,
    user_id: token.user_id,
    token_type: token.token_type,
    status: tokenStatus(token, now),
    ip: token.ip,
    user_agent: token.user_agent,
    created_at: toRfc3339(token.created_at),
    expires_at: toRfc3339(token.expires_at),
  };
}

/** `OAuthTokenItem` (no token text). */
export interface OAuthTokenBody {
  token_type: 'access_token' | 'refresh_token';
  user_id?: string;
  scope: string;
  created_at: string;
  expires_at: string;
}

export function toOAuthTokenItem(token: MockToken): OAuthTokenBody {
  return {
    token_type: token.token_type === 'access' ? 'access_token' : 'refresh_token',
    user_id: token.user_id,
    scope: token.scope,
    created_at: toRfc3339(token.created_at),
    expires_at: toRfc3339(token.expires_at),
  };
}

export interface SessionTokenFilter {
  user_id?: string;
  type?: TokenKind;
  status?: TokenStatus;
}

/** The tenant's user tokens (the session service's list), newest first, filtered. */
export function findSessionTokens(tenantId: string, filter: SessionTokenFilter, now: number): MockToken[] {
  return getMockDb().tokens.filter(
    (t) =>
      t.tenant_id === tenantId &&
      t.user_id !== undefined &&
      (filter.user_id === undefined || t.user_id === filter.user_id) &&
      (filter.type === undefined || t.token_type === filter.type) &&
      (filter.status === undefined || tokenStatus(t, now) === filter.status),
  );
}

export function findSessionToken(tenantId: string, id: string): MockToken | undefined {
  return getMockDb().tokens.find((t) => t.tenant_id === tenantId && t.user_id !== undefined && t.id === id);
}

/** The rigged tokens whose single revoke fails with 500. */
export function isFailingToken(id: string): boolean {
  return (FAILING_TOKEN_IDS as readonly string[]).includes(id);
}

/** Revokes one token if it is active; answers whether it changed. */
export function revokeToken(token: MockToken, now: number): boolean {
  if (tokenStatus(token, now) !== 'active') return false;
  token.revoked_at = now;
  return true;
}

/** Revokes every active token of one user in the tenant; answers how many. */
export function revokeUserTokens(tenantId: string, userId: string, now: number): number {
  return getMockDb()
    .tokens.filter((t) => t.tenant_id === tenantId && t.user_id === userId)
    .reduce((count, t) => count + (revokeToken(t, now) ? 1 : 0), 0);
}

/** The client's active tokens, newest first. */
export function findActiveClientTokens(tenantId: string, clientId: string, now: number): MockToken[] {
  return getMockDb().tokens.filter(
    (t) => t.tenant_id === tenantId && t.client_id === clientId && tokenStatus(t, now) === 'active',
  );
}

export interface ClientRevokeCounts {
  access: number;
  refresh: number;
}

/**
 * Revokes the client's active tokens. With a grace period the tokens are revoked now (they leave every active
 * list) and the grace end is recorded, as the server keeps honouring them until then.
 */
export function revokeClientTokens(
  tenantId: string,
  clientId: string,
  now: number,
  gracePeriodSeconds = 0,
): ClientRevokeCounts {
  const counts: ClientRevokeCounts = { access: 0, refresh: 0 };
  for (const token of findActiveClientTokens(tenantId, clientId, now)) {
    revokeToken(token, now);
    if (gracePeriodSeconds > 0) token.grace_until = now + gracePeriodSeconds * 1000;
    counts[token.token_type] += 1;
  }
  return counts;
}

import type { TokenInfo } from '@/api/schemas/tokens';

/** A token the console can revoke: it has an id and is active (revoked and expired ones are left alone). */
export type RevocableToken = TokenInfo & { id: string };

export function isRevocable(token: TokenInfo): token is RevocableToken {
  return token.id !== undefined && token.status === 'active';
}

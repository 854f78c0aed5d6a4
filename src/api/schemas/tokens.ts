import * as z from 'zod/mini';
import { detailEnvelope, listEnvelope, optString } from './common';

export const TOKEN_TYPES = ['access', 'refresh'] as const;
export const TOKEN_STATUSES = ['active', 'revoked', 'expired'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenStatus = (typeof TOKEN_STATUSES)[number];

/** `TokenInfoResponse`: enum-like fields stay plain strings so a new server value never breaks a page. */
export const tokenInfoSchema = z.object({
  id: optString,
  user_id: optString,
  token_type: optString,
  status: optString,
  ip: optString,
  user_agent: optString,
  created_at: optString,
  expires_at: optString,
});
export type TokenInfo = z.infer<typeof tokenInfoSchema>;

export const tokenListSchema = listEnvelope(tokenInfoSchema);
/** `GET {session}/admin/tokens/{id}` (in the SDK): one token in a detail envelope. */
export const tokenDetailSchema = detailEnvelope(tokenInfoSchema);
export type TokenList = z.infer<typeof tokenListSchema>;

export interface TokenListParams {
  page?: number;
  page_size?: number;
  user_id?: string;
  type?: TokenType;
  status?: TokenStatus;
}

/** The filters a count is made of: one user, and optionally one type and one status. */
export type TokenCountFilter = Pick<TokenListParams, 'user_id' | 'type' | 'status'>;

import * as z from 'zod/mini';
import { listEnvelope, looseString } from './common';

/*
 * ASSUMED SHAPES (contract, "Beyond the reference pages" → "Token tools"): the token blacklist, tokens refused before
 * their expiry. Every field optional and lenient; unknown fields ignored.
 * - GET    {session}/admin/tokens/blacklist (page, page_size) → list of BlacklistEntry
 * - DELETE {session}/admin/tokens/blacklist/{id} → 200 or 204: the entry is lifted (the token works again if it
 *   has not expired)
 */
export const blacklistEntrySchema = z.object({
  id: looseString,
  jti: looseString,
  token_id: looseString,
  user_id: looseString,
  reason: looseString,
  blacklisted_at: looseString,
  expires_at: looseString,
});
export type BlacklistEntry = z.infer<typeof blacklistEntrySchema>;
export const blacklistListSchema = listEnvelope(blacklistEntrySchema);
export type BlacklistList = z.infer<typeof blacklistListSchema>;

export interface BlacklistListParams {
  page?: number;
  page_size?: number;
}

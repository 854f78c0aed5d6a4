import * as z from 'zod/mini';
import { detailEnvelope, looseBoolean, looseNumber } from './common';

/*
 * ASSUMED SHAPE: `GET|PUT|DELETE {session}/admin/tokens/config` is in authms's SDK but its body is not in the
 * reference pages (`../shared/api/authms-admin-api.md`, "Token tools"). Assumed: a detail envelope of TokenConfig;
 * PUT takes the changed fields and answers the whole config; DELETE resets to the server's defaults and answers
 * them, or 204. Every field is lenient: one of an unexpected type is dropped (shown as "—").
 */

export const tokenConfigSchema = z.object({
  /** Seconds. */
  access_token_ttl: looseNumber,
  refresh_token_ttl: looseNumber,
  id_token_ttl: looseNumber,
  session_idle_timeout: looseNumber,
  session_max_lifetime: looseNumber,
  device_code_ttl: looseNumber,
  refresh_token_rotation: looseBoolean,
  /** Seconds during which a rotated refresh token is still accepted. */
  refresh_token_reuse_window: looseNumber,
  /** 0 = no limit. */
  max_sessions_per_user: looseNumber,
});
export type TokenConfig = z.infer<typeof tokenConfigSchema>;
export type TokenConfigField = keyof TokenConfig;

/** What PUT sends: only the fields the admin changed. */
export type TokenConfigUpdate = Partial<Record<Exclude<TokenConfigField, 'refresh_token_rotation'>, number>> & {
  refresh_token_rotation?: boolean;
};

/** A 204 (no body) parses as undefined: the caller then reads the config again. */
export const tokenConfigResponseSchema = z.optional(detailEnvelope(tokenConfigSchema));

import * as z from 'zod/mini';
import {
  detailEnvelope,
  listEnvelope,
  optBoolean,
  optional,
  optNumber,
  optString,
  optStringArray,
} from './common';

export const CLIENT_STATUSES = ['active', 'suspended'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const GRANT_TYPES = [
  'authorization_code',
  'refresh_token',
  'client_credentials',
  'urn:ietf:params:oauth:grant-type:device_code',
  'urn:ietf:params:oauth:grant-type:jwt-bearer',
  'urn:ietf:params:oauth:grant-type:token-exchange',
] as const;

export const CLIENT_AUTH_METHODS = [
  'client_secret_basic',
  'client_secret_post',
  'client_secret_jwt',
  'private_key_jwt',
  'tls_client_auth',
  'self_signed_tls_client_auth',
  'none',
] as const;

export const FAPI_PROFILES = ['fapi1', 'fapi2'] as const;

/** `client_auth_methods` is documented as a string holding a JSON array; an array is accepted too. */
export const authMethodsSchema = optional(
  z.union([
    z.array(z.string()),
    z.pipe(
      z.string(),
      z.transform((text: string, ctx) => {
        const trimmed = text.trim();
        if (trimmed === '') return [];
        try {
          const parsed: unknown = JSON.parse(trimmed);
          if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return parsed as string[];
        } catch {
          // fall through to the issue below
        }
        ctx.issues.push({ code: 'custom', message: 'expected a JSON array of strings', input: text });
        return z.NEVER;
      }),
    ),
  ]),
);

export const oauthClientSchema = z.object({
  id: optString,
  client_id: optString,
  tenant_id: optString,
  name: optString,
  status: optString,
  is_confidential: optBoolean,
  client_auth_methods: authMethodsSchema,
  grant_types: optStringArray,
  scopes: optStringArray,
  redirect_uris: optStringArray,
  cors_origins: optStringArray,
  jwks_uri: optString,
  fapi_profile: optString,
  logo_url: optString,
  website: optString,
  terms_url: optString,
  privacy_policy: optString,
  secret_last_four: optString,
  created_at: optString,
  updated_at: optString,
  deleted_at: optString,
});
export type OAuthClient = z.infer<typeof oauthClientSchema>;

export const clientListSchema = listEnvelope(oauthClientSchema);
export type ClientList = z.infer<typeof clientListSchema>;
export const clientDetailSchema = detailEnvelope(oauthClientSchema);

export interface ClientListParams {
  page?: number;
  page_size?: number;
  name?: string;
  status?: ClientStatus;
}

/** `UpdateClientRequest`: every field optional; only what the admin changed is sent. */
export const updateClientRequestSchema = z.object({
  name: z.optional(z.string()),
  status: z.optional(z.enum(CLIENT_STATUSES)),
  is_confidential: z.optional(z.boolean()),
  client_auth_methods: z.optional(z.array(z.string())),
  grant_types: z.optional(z.array(z.string())),
  scopes: z.optional(z.array(z.string())),
  redirect_uris: z.optional(z.array(z.string())),
  jwks: z.optional(z.string()),
  jwks_uri: z.optional(z.string()),
  fapi_profile: z.optional(z.string()),
  logo_url: z.optional(z.string()),
  website: z.optional(z.string()),
  terms_url: z.optional(z.string()),
  privacy_policy: z.optional(z.string()),
});
export type UpdateClientRequest = z.infer<typeof updateClientRequestSchema>;

/** `OAuthTokenItem`: a client's active token; no token text is ever returned. */
export const oauthTokenSchema = z.object({
  token_type: optString,
  user_id: optString,
  scope: optString,
  created_at: optString,
  expires_at: optString,
});
export type OAuthToken = z.infer<typeof oauthTokenSchema>;
export const clientTokenListSchema = listEnvelope(oauthTokenSchema);
export type ClientTokenList = z.infer<typeof clientTokenListSchema>;

export interface ClientTokenListParams {
  page?: number;
  page_size?: number;
}

export const revokeClientTokensSchema = z.object({
  revoked_access_tokens: optNumber,
  revoked_refresh_tokens: optNumber,
  grace_period: optNumber,
});
export type RevokeClientTokensResult = z.infer<typeof revokeClientTokensSchema>;
export const revokeClientTokensResponseSchema = detailEnvelope(revokeClientTokensSchema);

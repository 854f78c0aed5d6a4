import * as z from 'zod/mini';
import { detailEnvelope, lenient, looseBoolean, looseNumber, looseString } from './common';

/*
 * ASSUMED SHAPE: `POST {session}/admin/tokens/introspect` is in authms's SDK (`@authms/api-session`) but its body is
 * not in the reference pages (`../shared/api/authms-admin-api.md`, "Token tools"). Assumed: the request is
 * `{token}`, the answer a detail envelope of an RFC 7662 introspection response; an inactive token answers
 * `{active: false}` and nothing more. Every field is lenient: a field of an unexpected type is dropped.
 */

/** `aud` is a string or a list of strings (RFC 7519 §4.1.3). */
const audienceSchema = lenient(z.union([z.string(), z.array(z.string())]));

export const introspectionSchema = z.object({
  active: looseBoolean,
  scope: looseString,
  client_id: looseString,
  username: looseString,
  token_type: looseString,
  /** Seconds since the epoch. */
  exp: looseNumber,
  iat: looseNumber,
  nbf: looseNumber,
  sub: looseString,
  aud: audienceSchema,
  iss: looseString,
  jti: looseString,
});
export type Introspection = z.infer<typeof introspectionSchema>;

export const introspectionResponseSchema = detailEnvelope(introspectionSchema);

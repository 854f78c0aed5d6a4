import * as z from 'zod/mini';
import { optional, optString, transformed } from './common';
import { oauthClientSchema, updateClientRequestSchema, type OAuthClient } from './clients';

/*
 * ASSUMED SHAPES: the client lifecycle routes are in authms's SDK but their bodies are not in the contract
 * (`../shared/api/authms-admin-api.md`, "More of the OAuth service"). Every assumption about them lives here;
 * when the server documents them, this file is the one place to change. Every field is optional, unknown fields
 * are ignored, and where a value might sit in one of several places, each place is read.
 *
 * - POST {oauth}/admin/oauth/clients
 *     request:  UpdateClientRequest + `client_id` (optional: the server names the client when it is absent).
 *     answer:   the detail envelope; the client at `data` or at `data.client`; for a confidential client the secret,
 *               once, at `data.client_secret` or at the top-level `client_secret`.
 * - POST {oauth}/admin/oauth/clients/{client_id}/rotate-secret
 *     request:  no body.
 *     answer:   the new secret at `data.client_secret` or top-level `client_secret`; perhaps `secret_last_four`
 *               and the client (at `data.client`), both read when present.
 * - POST {oauth}/admin/oauth/clients/{client_id}/clone
 *     request:  `{ name }`: the copy's name (the console names it as a copy); the server chooses the new client_id.
 *     answer:   as for create (a confidential copy may carry its own new secret, shown once).
 * - GET {oauth}/admin/oauth/clients/{client_id}/secrets
 *     answer:   the list envelope (`items`) or a detail envelope holding an array (`data`, or `data.items`) of
 *               ClientSecretItem: `id` or `secret_id`; `last_four` or `secret_last_four`; `status` ("active" |
 *               "inactive", other values shown as they come); `created_at`; `deactivated_at`; `expires_at`.
 *     404 / 405: this server does not offer the route: the console hides the list, with no error.
 * - POST {oauth}/admin/oauth/clients/{client_id}/secrets
 *     request:  no body.  A second active secret, so a rotation can overlap (deploy the new one, then deactivate the old).
 *     answer:   the detail envelope; the secret's text once at `data.client_secret` (or `data.secret`, or the top-level
 *               `client_secret`), its item (id, last four, status, created_at) in `data` beside it.
 * - PUT {oauth}/admin/oauth/clients/{client_id}/secrets/{secret_id}/deactivate
 *     request:  no body.  answer: 200 or 204, the body is not read.
 * - DELETE {oauth}/admin/oauth/devices/{device_code} (see ../devices.ts)
 *     answer:   200 or 204 is done; the body is not read.
 */

/** `POST .../clients`: the update fields plus the client_id the admin may choose. */
export const createClientRequestSchema = z.extend(updateClientRequestSchema, { client_id: z.optional(z.string()) });
export type CreateClientRequest = z.infer<typeof createClientRequestSchema>;

/** `POST .../clone`: what the copy is called (assumed; the server may ignore it). */
export interface CloneClientRequest {
  name?: string;
}

/** `data` of a create / clone / rotate answer: the client itself, or a wrapper holding it and the secret. */
const issuedDataSchema = z.extend(oauthClientSchema, {
  client: optional(oauthClientSchema),
  client_secret: optString,
});

/** A create / clone / rotate-secret answer, with the secret in either of its assumed places. */
export const secretIssuingAnswerSchema = optional(
  z.object({
    code: optional(z.union([z.number(), z.string()])),
    message: optString,
    timestamp: optString,
    client_secret: optString,
    secret_last_four: optString,
    data: optional(issuedDataSchema),
  }),
);
export type SecretIssuingAnswer = z.infer<typeof secretIssuingAnswerSchema>;

/** What the console keeps of such an answer: the client (may be empty) and the secret, when there is one. */
export interface IssuedClient {
  client: OAuthClient;
  /** Shown once, then forgotten: held only in the state of the component that shows it. */
  secret: string | undefined;
}

/** Reads the client and the secret from whichever assumed place holds them. */
export function readIssuedClient(answer: SecretIssuingAnswer): IssuedClient {
  let client: OAuthClient = {};
  let dataSecret: string | undefined;
  if (answer?.data) {
    const { client: wrapped, client_secret, ...inline } = answer.data;
    client = wrapped ?? inline;
    dataSecret = client_secret;
  }
  const secret = dataSecret ?? answer?.client_secret;
  const lastFour = client.secret_last_four ?? answer?.secret_last_four ?? (secret ? secret.slice(-4) : undefined);
  return {
    client: lastFour === undefined ? client : { ...client, secret_last_four: lastFour },
    secret: secret === '' ? undefined : secret,
  };
}

/** One of a client's secrets: never the secret itself, only its last four characters. */
export const clientSecretItemSchema = transformed(
  z.object({
    id: optString,
    secret_id: optString,
    last_four: optString,
    secret_last_four: optString,
    status: optString,
    created_at: optString,
    deactivated_at: optString,
    expires_at: optString,
    /** When the secret last authenticated the client, where the server says. */
    last_used_at: optString,
  }),
  ({ id, secret_id, last_four, secret_last_four, ...rest }) => ({
    ...rest,
    id: id ?? secret_id,
    last_four: last_four ?? secret_last_four,
  }),
);
export type ClientSecretItem = z.output<typeof clientSecretItemSchema>;

const secretArray = optional(z.array(clientSecretItemSchema));

/** The secrets list: a list envelope (`items`) or a detail envelope with `data` as the array or as `{ items }`. */
export const clientSecretListSchema = transformed(
  optional(
    z.object({
      items: secretArray,
      data: optional(z.union([z.array(clientSecretItemSchema), z.object({ items: secretArray })])),
    }),
  ),
  (answer): ClientSecretItem[] => {
    if (answer?.items) return answer.items;
    const data = answer?.data;
    if (Array.isArray(data)) return data;
    return data?.items ?? [];
  },
);

/** Where the server offers the secrets routes, their list; `offered: false` after a 404 or 405. */
export type ClientSecrets = { offered: true; items: ClientSecretItem[] } | { offered: false; items: [] };

/** `POST .../secrets`: the added secret, its text in any of its assumed places. */
export const secretAddedAnswerSchema = optional(
  z.object({
    client_secret: optString,
    data: optional(
      z.object({
        id: optString,
        secret_id: optString,
        last_four: optString,
        secret_last_four: optString,
        client_secret: optString,
        secret: optString,
      }),
    ),
  }),
);

/** What the console keeps of an added secret: its text, shown once, and its last four. */
export interface AddedSecret {
  secret: string | undefined;
  lastFour: string | undefined;
}

export function readAddedSecret(answer: z.infer<typeof secretAddedAnswerSchema>): AddedSecret {
  const secret = answer?.data?.client_secret ?? answer?.data?.secret ?? answer?.client_secret;
  const lastFour = answer?.data?.last_four ?? answer?.data?.secret_last_four ?? secret?.slice(-4);
  return { secret: secret === '' ? undefined : secret, lastFour };
}

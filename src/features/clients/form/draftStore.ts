import type { OAuthClient } from '@/api/schemas/clients';
import type { ClientFormValues } from './clientFormSchema';
import { draftMap } from '@/lib/drafts';
import { jwksProblem } from './rules';

/**
 * Unsaved edits of a client, kept in memory (never in storage, and never with a token) so they survive a
 * sign-in in the middle of an edit: a 401 sends the admin to sign in, and the form offers them back afterwards.
 * Cleared when the edit is saved, discarded, or left on purpose.
 */
export interface ClientDraft {
  /** The server the edit was made against: a draft is offered back only on the same one. */
  baseUrl: string;
  /** The client as it was loaded when the edit began, for the lost-update check. */
  loaded: OAuthClient;
  values: ClientFormValues;
}

/**
 * A client being created, kept by the same rules, one per kind (`/clients/new?kind=…`). There is no loaded
 * client, and never a secret: the server issues that only when the client is created.
 */
export interface NewClientDraft {
  baseUrl: string;
  kind: string;
  /** The client_id the admin chose ('' lets the server choose). */
  clientId: string;
  values: ClientFormValues;
}

/** A pasted private key is refused by the form; it is not kept any longer than the form itself. */
function keptValues(values: ClientFormValues): ClientFormValues {
  return jwksProblem(values.jwks) === 'clients.form.errors.jwksPrivate' ? { ...values, jwks: '' } : values;
}

const isDraftLike = (value: unknown): value is { baseUrl: string; values: ClientFormValues } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { baseUrl?: unknown }).baseUrl === 'string' &&
  typeof (value as { values?: unknown }).values === 'object' &&
  (value as { values?: unknown }).values !== null;

const keep = <D extends { values: ClientFormValues }>(draft: D): D => ({ ...draft, values: keptValues(draft.values) });
const edits = draftMap<ClientDraft>('clients.edits', keep, (value): value is ClientDraft => isDraftLike(value));
const creations = draftMap<NewClientDraft>('clients.creations', keep, (value): value is NewClientDraft => isDraftLike(value));

export const saveDraft = (clientId: string, draft: ClientDraft) => edits.save(clientId, draft);
export const readDraft = (clientId: string, baseUrl: string) => edits.read(clientId, baseUrl);
export const clearDraft = (clientId: string) => edits.clear(clientId);

export function saveNewClientDraft({ baseUrl, kind, clientId, values }: NewClientDraft): void {
  // only these four fields: nothing else the caller's object may carry is kept
  creations.save(kind, { baseUrl, kind, clientId, values });
}
export const readNewClientDraft = (kind: string, baseUrl: string) => creations.read(kind, baseUrl);
export const clearNewClientDraft = (kind: string) => creations.clear(kind);

/** See @/lib/drafts: the trip through "Sign in with authms" keeps every form's drafts, the clients' included. */
export { clearAllDrafts, keepDraftsThroughSignIn } from '@/lib/drafts';

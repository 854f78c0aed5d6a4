import type { OAuthClient } from '../../../api/schemas/clients';
import type { ClientFormValues } from './clientFormSchema';
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

const drafts = new Map<string, ClientDraft>();
const newClientDrafts = new Map<string, NewClientDraft>();

/** A pasted private key is refused by the form; it is not kept any longer than the form itself. */
function keptValues(values: ClientFormValues): ClientFormValues {
  return jwksProblem(values.jwks) === 'form.errors.jwksPrivate' ? { ...values, jwks: '' } : values;
}

export function saveDraft(clientId: string, draft: ClientDraft): void {
  drafts.set(clientId, { ...draft, values: keptValues(draft.values) });
}

export function readDraft(clientId: string, baseUrl: string): ClientDraft | undefined {
  const draft = drafts.get(clientId);
  return draft && draft.baseUrl === baseUrl ? draft : undefined;
}

export function clearDraft(clientId: string): void {
  drafts.delete(clientId);
}

export function saveNewClientDraft({ baseUrl, kind, clientId, values }: NewClientDraft): void {
  // only these four fields: nothing else the caller's object may carry is kept
  newClientDrafts.set(kind, { baseUrl, kind, clientId, values: structuredClone(keptValues(values)) });
}

export function readNewClientDraft(kind: string, baseUrl: string): NewClientDraft | undefined {
  const draft = newClientDrafts.get(kind);
  return draft && draft.baseUrl === baseUrl ? draft : undefined;
}

export function clearNewClientDraft(kind: string): void {
  newClientDrafts.delete(kind);
}

/** Tests only: forget every draft (a test's unmounted form leaves its draft behind, as a sign-out would). */
export function clearAllDrafts(): void {
  drafts.clear();
  newClientDrafts.clear();
}

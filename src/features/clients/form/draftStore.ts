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

const drafts = new Map<string, ClientDraft>();

export function saveDraft(clientId: string, draft: ClientDraft): void {
  // a pasted private key is refused by the form; it is not kept any longer than the form itself
  const values = jwksProblem(draft.values.jwks) === 'form.errors.jwksPrivate' ? { ...draft.values, jwks: '' } : draft.values;
  drafts.set(clientId, { ...draft, values });
}

export function readDraft(clientId: string, baseUrl: string): ClientDraft | undefined {
  const draft = drafts.get(clientId);
  return draft && draft.baseUrl === baseUrl ? draft : undefined;
}

export function clearDraft(clientId: string): void {
  drafts.delete(clientId);
}

/** Tests only: forget every draft (a test's unmounted form leaves its draft behind, as a sign-out would). */
export function clearAllDrafts(): void {
  drafts.clear();
}

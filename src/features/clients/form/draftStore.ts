import type { OAuthClient } from '@/api/schemas/clients';
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

/** A pasted private key is refused by the form; it is not kept any longer than the form itself. */
function keptValues(values: ClientFormValues): ClientFormValues {
  return jwksProblem(values.jwks) === 'clients.form.errors.jwksPrivate' ? { ...values, jwks: '' } : values;
}

/** One kind of draft, by key: a copy of the values is kept, and offered back only on the server it was made on. */
function draftMap<D extends { baseUrl: string; values: ClientFormValues }>() {
  const drafts = new Map<string, D>();
  return {
    save(key: string, draft: D): void {
      drafts.set(key, { ...draft, values: structuredClone(keptValues(draft.values)) });
    },
    read(key: string, baseUrl: string): D | undefined {
      const draft = drafts.get(key);
      return draft && draft.baseUrl === baseUrl ? draft : undefined;
    },
    clear(key: string): void {
      drafts.delete(key);
    },
    clearAll(): void {
      drafts.clear();
    },
    entries(): [string, D][] {
      return [...drafts.entries()];
    },
    restore(entries: unknown): void {
      if (!Array.isArray(entries)) return;
      for (const entry of entries as unknown[]) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
        const draft = entry[1] as Partial<D> | undefined;
        if (draft && typeof draft.baseUrl === 'string' && typeof draft.values === 'object' && draft.values !== null) {
          drafts.set(entry[0], draft as D);
        }
      }
    },
  };
}

const edits = draftMap<ClientDraft>();
const creations = draftMap<NewClientDraft>();

export const saveDraft = (clientId: string, draft: ClientDraft) => edits.save(clientId, draft);
export const readDraft = (clientId: string, baseUrl: string) => edits.read(clientId, baseUrl);
export const clearDraft = (clientId: string) => edits.clear(clientId);

export function saveNewClientDraft({ baseUrl, kind, clientId, values }: NewClientDraft): void {
  // only these four fields: nothing else the caller's object may carry is kept
  creations.save(kind, { baseUrl, kind, clientId, values });
}
export const readNewClientDraft = (kind: string, baseUrl: string) => creations.read(kind, baseUrl);
export const clearNewClientDraft = (kind: string) => creations.clear(kind);

/**
 * "Sign in with authms" leaves the page for the server's sign-in and comes back to a new one, which would lose
 * what memory holds: for that trip only, the drafts go to this tab's sessionStorage (as the sign-in's own
 * transaction does; a draft holds no token and no secret), and come back to memory, and out of storage, as soon as
 * the next page loads this module.
 */
const TRIP_KEY = 'authms.console.drafts';

export function keepDraftsThroughSignIn(): void {
  const kept = { edits: edits.entries(), creations: creations.entries() };
  if (kept.edits.length === 0 && kept.creations.length === 0) return;
  try {
    sessionStorage.setItem(TRIP_KEY, JSON.stringify(kept));
  } catch {
    // storage blocked: the drafts are lost with the page, as a reload would lose them
  }
}

function takeDraftsBackFromSignIn(): void {
  try {
    const raw = globalThis.sessionStorage?.getItem(TRIP_KEY);
    if (!raw) return;
    globalThis.sessionStorage.removeItem(TRIP_KEY);
    const kept = JSON.parse(raw) as { edits?: unknown; creations?: unknown };
    edits.restore(kept.edits);
    creations.restore(kept.creations);
  } catch {
    // unreadable: nothing to offer back
  }
}
takeDraftsBackFromSignIn();

/** Tests only: forget every draft (a test's unmounted form leaves its draft behind, as a sign-out would). */
export function clearAllDrafts(): void {
  edits.clearAll();
  creations.clearAll();
}

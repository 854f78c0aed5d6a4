/**
 * Unsaved edits kept in memory (never in storage, and never with a token or a secret), so they survive a sign-in
 * in the middle of an edit: a 401 sends the admin to sign in, and the form offers them back afterwards. Each kind
 * of draft is a named map; a draft is offered back only on the server it was made against.
 *
 * "Sign in with authms" leaves the page for the server's sign-in and comes back to a new one, which would lose what
 * memory holds: for that trip only, every map's drafts go to this tab's sessionStorage (as the sign-in's own
 * transaction does), and come back to memory, and out of storage, as soon as the next page loads this module.
 */
const TRIP_KEY = 'authms.console.drafts';

export interface DraftMap<D> {
  save(key: string, draft: D): void;
  read(key: string, baseUrl: string): D | undefined;
  clear(key: string): void;
  clearAll(): void;
}

interface Registered {
  entries(): [string, unknown][];
  clearAll(): void;
}

const maps = new Map<string, Registered>();

/** What the last page kept for the trip, by map name, until each map takes its part. */
const keptForTrip: Record<string, unknown> = (() => {
  try {
    const raw = globalThis.sessionStorage?.getItem(TRIP_KEY);
    if (!raw) return {};
    globalThis.sessionStorage.removeItem(TRIP_KEY);
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {}; // unreadable: nothing to offer back
  }
})();

/**
 * A named map of drafts. `keep` makes the copy that is kept (e.g. without a field that must not outlive the form);
 * `isDraft` checks a draft that comes back from the trip.
 */
export function draftMap<D extends { baseUrl: string }>(name: string, keep: (draft: D) => D, isDraft: (value: unknown) => value is D): DraftMap<D> {
  const drafts = new Map<string, D>();
  const kept = keptForTrip[name];
  delete keptForTrip[name];
  if (Array.isArray(kept)) {
    for (const entry of kept as unknown[]) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && isDraft(entry[1])) drafts.set(entry[0], entry[1]);
    }
  }
  maps.set(name, { entries: () => [...drafts.entries()], clearAll: () => drafts.clear() });
  return {
    save: (key, draft) => void drafts.set(key, structuredClone(keep(draft))),
    read(key, baseUrl) {
      const draft = drafts.get(key);
      return draft && draft.baseUrl === baseUrl ? draft : undefined;
    },
    clear: (key) => void drafts.delete(key),
    clearAll: () => drafts.clear(),
  };
}

/** Before leaving for the server's sign-in: every draft to this tab's sessionStorage, for the trip only. */
export function keepDraftsThroughSignIn(): void {
  const kept: Record<string, [string, unknown][]> = {};
  for (const [name, map] of maps) {
    const entries = map.entries();
    if (entries.length > 0) kept[name] = entries;
  }
  if (Object.keys(kept).length === 0) return;
  try {
    sessionStorage.setItem(TRIP_KEY, JSON.stringify(kept));
  } catch {
    // storage blocked: the drafts are lost with the page, as a reload would lose them
  }
}

/** Tests only: forget every draft of every map. */
export function clearAllDrafts(): void {
  for (const map of maps.values()) map.clearAll();
}

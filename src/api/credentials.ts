/**
 * The admin's bearer token and the API base URL of the signed-in session.
 * Held in memory and mirrored to sessionStorage (so a reload keeps the session in this tab only);
 * never written to localStorage, a URL or a log.
 */
export interface Credentials {
  token: string;
  baseUrl: string;
  demo: boolean;
  /** What the shell shows as the tenant: a claim of the token, or the demo tenant's name. */
  tenant?: string;
}

const STORAGE_KEY = 'authms.console.session';
let current: Credentials | null = readStored();
const listeners = new Set<() => void>();

function readStored(): Credentials | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Credentials>;
    if (typeof parsed.token !== 'string' || typeof parsed.baseUrl !== 'string') return null;
    return {
      token: parsed.token,
      baseUrl: parsed.baseUrl,
      demo: parsed.demo === true,
      tenant: typeof parsed.tenant === 'string' ? parsed.tenant : undefined,
    };
  } catch {
    return null;
  }
}

export function getCredentials(): Credentials | null {
  return current;
}

export function setCredentials(next: Credentials | null): void {
  current = next;
  try {
    if (next) globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
    else globalThis.sessionStorage?.removeItem(STORAGE_KEY);
  } catch {
    // storage can be unavailable (private mode); memory still holds the session
  }
  listeners.forEach((listener) => listener());
}

export function subscribeCredentials(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

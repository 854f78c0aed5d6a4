import { Store } from '@tanstack/store';

/**
 * The admin's access token and the API base URL of the signed-in session.
 * Held in memory and mirrored to sessionStorage (so a reload keeps the session in this tab only);
 * never written to localStorage, a URL or a log. A refresh token is never here: see ./session.ts.
 */
export interface Credentials {
  token: string;
  baseUrl: string;
  demo: boolean;
  /** What the shell shows as the tenant: a claim of the token, or the demo tenant's name. */
  tenant?: string;
  /** Who is signed in, for the shell (from the ID token or userinfo of "Sign in with authms"). */
  user?: string;
  /** Set for a session from "Sign in with authms". */
  oauth?: {
    /** How the token is sent: `Authorization: Bearer`, or `Authorization: DPoP` with a proof of the tab's key. */
    tokenType: 'bearer' | 'dpop';
    /** When the access token expires, and when it is renewed (epoch ms); absent when the server said nothing. */
    expiresAt?: number;
    refreshAt?: number;
  };
}

const STORAGE_KEY = 'authms.console.session';

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function readOAuth(value: unknown): Credentials['oauth'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const oauth = value as Record<string, unknown>;
  // a DPoP-bound token is useless without the key, which lives in memory only: such a session is never stored
  if (oauth.tokenType !== 'bearer') return undefined;
  const expiresAt = num(oauth.expiresAt);
  const refreshAt = num(oauth.refreshAt);
  return { tokenType: 'bearer', ...(expiresAt !== undefined ? { expiresAt } : {}), ...(refreshAt !== undefined ? { refreshAt } : {}) };
}

function readStored(): Credentials | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const token = str(parsed.token);
    const baseUrl = str(parsed.baseUrl);
    if (token === undefined || baseUrl === undefined) return null;
    const oauth = readOAuth(parsed.oauth);
    return {
      token,
      baseUrl,
      demo: parsed.demo === true,
      tenant: str(parsed.tenant),
      ...(str(parsed.user) !== undefined ? { user: str(parsed.user) } : {}),
      ...(oauth ? { oauth } : {}),
    };
  } catch {
    return null;
  }
}

/** The session of this tab; `null` when signed out. */
export const credentialsStore = new Store<Credentials | null>(readStored());

export function getCredentials(): Credentials | null {
  return credentialsStore.state;
}

export function setCredentials(next: Credentials | null): void {
  try {
    if (next && next.oauth?.tokenType !== 'dpop') globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
    else globalThis.sessionStorage?.removeItem(STORAGE_KEY);
  } catch {
    // storage can be unavailable (private mode); memory still holds the session
  }
  credentialsStore.setState(() => next);
}

export function subscribeCredentials(listener: () => void): () => void {
  const subscription = credentialsStore.subscribe(() => listener());
  return () => subscription.unsubscribe();
}

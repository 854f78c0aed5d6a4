/**
 * What must survive the trip to the authorization server and back: the PKCE verifier, the state and nonce, and
 * where the admin was going. Not a token (useless without the code, which only this tab's redirect URI receives).
 * Kept in this tab's sessionStorage as one item, read and deleted at the callback.
 */
export interface SignInTransaction {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  baseUrl: string;
  clientId: string;
  redirectUri: string;
  createdAt: number;
}

const KEY = 'authms.console.signin';
/** An answer that comes back later than this belongs to an abandoned sign-in. */
export const TRANSACTION_MAX_AGE_MS = 10 * 60_000;

export function saveTransaction(transaction: SignInTransaction): void {
  sessionStorage.setItem(KEY, JSON.stringify(transaction));
}

/** The transaction of this tab's sign-in, removed as it is read: an answer is used at most once. */
export function takeTransaction(now = Date.now()): SignInTransaction | undefined {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<SignInTransaction>;
    const fields = ['state', 'nonce', 'verifier', 'returnTo', 'baseUrl', 'clientId', 'redirectUri'] as const;
    if (fields.some((field) => typeof value[field] !== 'string') || typeof value.createdAt !== 'number') return undefined;
    if (now - value.createdAt > TRANSACTION_MAX_AGE_MS) return undefined;
    return value as SignInTransaction;
  } catch {
    return undefined;
  }
}

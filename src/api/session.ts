import type { SignedIn, TokenGrant } from './auth/types';
import { getCredentials, setCredentials, type Credentials } from './credentials';
import { signOutStore } from './signOutStatus';

export { signOutStore, type SignOutStep } from './signOutStatus';

/**
 * The lifetime of a "Sign in with authms" session, in the first page's bundle and without the protocol code
 * (which loads on first need: see loadAuthProtocol):
 * - the refresh token lives in this module's memory only (a reload forgets it; the access token stays in this tab's
 *   sessionStorage until it expires, as a pasted token does);
 * - the access token is renewed shortly before it expires (REFRESH_LEAD_MS) and after a 401, by one refresh that
 *   every waiting request shares (rotating refresh tokens are single-use: two refreshes would end the session);
 * - sign-out forgets everything at once, then revokes the tokens at the server and says whether it could.
 */

/** The protocol side (oauth4webapi): the sign-in page, the callback, a refresh and a sign-out load it. */
export const loadAuthProtocol = () => import('./auth/protocol');

/**
 * How long before expiry the access token is renewed: 60 s, or a fifth of a shorter lifetime. A minute covers the
 * refresh itself (up to the request time-out) and a request sent just before it, and Chrome's alignment of timers
 * in background tabs to whole minutes; requests check the time themselves, so a late timer never sends a dead token.
 */
export const REFRESH_LEAD_MS = 60_000;

export function refreshLeadMs(lifetimeMs: number): number {
  return Math.min(REFRESH_LEAD_MS, lifetimeMs / 5);
}

/** The session cannot be renewed (the refresh token is spent, revoked or gone): sign in again. */
export class SessionEndedError extends Error {
  constructor() {
    super('The session has ended.');
    this.name = 'SessionEndedError';
  }
}

/** A renewal that failed for a passing reason (network, time-out, 5xx): the session goes on. */
export class RenewalFailedError extends Error {
  readonly status?: number;
  readonly timeout: boolean;
  constructor(status: number | undefined, timeout: boolean) {
    super('The session could not be renewed.');
    this.name = 'RenewalFailedError';
    this.status = status;
    this.timeout = timeout;
  }
}

let refreshToken: string | undefined;
let renewal: Promise<string> | undefined;
/** Bumped when a session starts or ends, so a refresh that was running then cannot bring an old session back. */
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const MAX_TIMER_MS = 2 ** 31 - 1;

type About = Pick<Credentials, 'baseUrl' | 'tenant' | 'user'>;

function apply(grant: TokenGrant, about: About): void {
  const now = Date.now();
  const lifetime = grant.expiresIn !== undefined && grant.expiresIn > 0 ? grant.expiresIn * 1000 : undefined;
  if (grant.refreshToken) refreshToken = grant.refreshToken; // no new one: the server does not rotate
  setCredentials({
    token: grant.accessToken,
    baseUrl: about.baseUrl,
    demo: false,
    ...(about.tenant !== undefined ? { tenant: about.tenant } : {}),
    ...(about.user !== undefined ? { user: about.user } : {}),
    oauth: {
      tokenType: grant.tokenType,
      ...(lifetime !== undefined ? { expiresAt: now + lifetime, refreshAt: now + lifetime - refreshLeadMs(lifetime) } : {}),
    },
  });
  schedule();
}

/** Renews in time while the console sits idle; requests re-check the time anyway (timers sleep in background tabs). */
function schedule(): void {
  clearTimeout(timer);
  const refreshAt = getCredentials()?.oauth?.refreshAt;
  if (!refreshToken || refreshAt === undefined) return;
  timer = setTimeout(() => void renewSession().catch(() => undefined), Math.min(Math.max(0, refreshAt - Date.now()), MAX_TIMER_MS));
}

/** Starts the session of a completed sign-in. */
export function startOAuthSession(signedIn: Pick<SignedIn, 'grant' | 'baseUrl' | 'tenant' | 'user'>): void {
  generation += 1;
  refreshToken = undefined;
  signOutStore.setState(() => ({ step: 'idle' }));
  apply(signedIn.grant, signedIn);
}

/** Whether this tab holds a refresh token for its session. */
export function canRenewSession(): boolean {
  return refreshToken !== undefined && getCredentials()?.oauth !== undefined;
}

async function renew(): Promise<string> {
  const started = generation;
  const used = refreshToken;
  const credentials = getCredentials();
  if (!used || !credentials?.oauth) throw new SessionEndedError();
  const protocol = await loadAuthProtocol();
  const outcome = await protocol.refreshGrant(used, credentials.baseUrl);
  if (started !== generation) {
    // signed out (or in again) meanwhile: the new tokens belong to nobody, so they are revoked at once
    if (outcome.ok) void protocol.revokeTokens({ ...outcome.grant, baseUrl: credentials.baseUrl });
    throw new SessionEndedError();
  }
  if (!outcome.ok) {
    if (!outcome.sessionOver) throw new RenewalFailedError(outcome.status, outcome.timeout === true);
    refreshToken = undefined;
    clearTimeout(timer);
    throw new SessionEndedError();
  }
  apply(outcome.grant, credentials);
  return outcome.grant.accessToken;
}

/** Renews the access token; every caller meanwhile waits for the same refresh. Resolves to the new token. */
export function renewSession(): Promise<string> {
  renewal ??= renew().finally(() => {
    renewal = undefined;
  });
  return renewal;
}

/**
 * The token a request should carry now: renewed first when it is due. A renewal that fails for a passing reason
 * leaves the current token (still good until it expires); one that ends the session throws SessionEndedError.
 */
export async function tokenForRequest(): Promise<string | undefined> {
  const credentials = getCredentials();
  if (!credentials) return undefined;
  const refreshAt = credentials.oauth?.refreshAt;
  if (refreshAt === undefined || Date.now() < refreshAt || !canRenewSession()) return credentials.token;
  try {
    return await renewSession();
  } catch (error) {
    if (error instanceof RenewalFailedError) return getCredentials()?.token;
    throw error;
  }
}

/**
 * After a 401 to `used`: the token to send the request again with (renewed once, shared), or undefined when the
 * session cannot be renewed (then the 401 stands and the admin signs in again). Throws RenewalFailedError.
 */
export async function tokenAfterUnauthorized(used: string): Promise<string | undefined> {
  const credentials = getCredentials();
  if (!credentials?.oauth) return undefined;
  if (credentials.token !== used) return credentials.token; // another request renewed it meanwhile
  if (!canRenewSession()) return undefined;
  try {
    return await renewSession();
  } catch (error) {
    if (error instanceof SessionEndedError) return undefined;
    throw error;
  }
}

/**
 * Ends the session of this tab at once (memory and sessionStorage). On a sign-out of a "Sign in with authms"
 * session it then revokes the access and refresh tokens at the server; signOutStore tells how that went.
 */
export function endSession(reason: 'expired' | 'signed-out'): void {
  const credentials = getCredentials();
  const held = refreshToken;
  const running = renewal;
  generation += 1;
  refreshToken = undefined;
  clearTimeout(timer);
  setCredentials(null);
  if (reason !== 'signed-out' || !credentials?.oauth) {
    signOutStore.setState(() => ({ step: 'idle' }));
    return;
  }
  signOutStore.setState(() => ({ step: 'revoking' }));
  // a refresh in flight rotates the refresh token: it lands first (its new tokens are revoked by renew())
  void loadAuthProtocol().then(
    (protocol) => protocol.signOutAtServer({ accessToken: credentials.token, refreshToken: held, baseUrl: credentials.baseUrl }, running),
    () => signOutStore.setState(() => ({ step: 'not-told' })),
  );
}

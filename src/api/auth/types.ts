/** Plain data shared by the session (initial bundle) and the sign-in protocol (loaded on demand). */

/** What the token endpoint answered, as the session keeps it. */
export interface TokenGrant {
  accessToken: string;
  tokenType: 'bearer' | 'dpop';
  /** Absent when the server does not rotate: the session keeps the one it has. */
  refreshToken?: string;
  /** Lifetime of the access token in seconds, when the server says. */
  expiresIn?: number;
}

/** How a refresh went: a new grant, the end of the session (a 4xx: spent, revoked, expired), or a passing failure. */
export type RefreshOutcome =
  | { ok: true; grant: TokenGrant }
  | { ok: false; sessionOver: true }
  | { ok: false; sessionOver: false; status?: number; timeout?: boolean };

/**
 * Every way "Sign in with authms" can fail, each with its own page:
 * - `denied`: the admin pressed Deny (access_denied);
 * - `login-required`: the server wants the admin on its own page (login_required, interaction_required,
 *   consent_required, account_selection_required), which a silent attempt cannot do;
 * - `authorize-error`: any other error the server sent back (invalid_scope, unauthorized_client, server_error, …);
 * - `state`: the answer does not belong to a sign-in started in this tab (wrong, missing or stale state);
 * - `issuer`: the answer names another issuer than the server the sign-in went to (RFC 9207);
 * - `no-response`: /auth/callback was opened without an answer (a reload, a bookmark);
 * - `code-used`: the token endpoint refused the code (invalid_grant: used already, expired);
 * - `client-rejected`: the token endpoint does not know or accept the console's client (401, invalid_client);
 * - `token-refused`: any other 4xx of the token endpoint;
 * - `token-server`: the token endpoint failed (5xx);
 * - `not-oauth`: an answer that is not OAuth at all (an HTML page from a proxy, cut-off JSON);
 * - `id-token`: the ID token failed its checks (nonce, issuer, audience, time);
 * - `discovery`: the discovery document is there but malformed (or names a foreign issuer);
 * - `insecure`: the server is on plain http:// and not on this machine;
 * - `network`: the server could not be reached, or not in time;
 * - `api-rejected`: the admin API answers 401 to the token the sign-in produced;
 * - `unexpected`: anything else.
 */
export type SignInFailureKind =
  | 'denied'
  | 'login-required'
  | 'authorize-error'
  | 'state'
  | 'issuer'
  | 'no-response'
  | 'code-used'
  | 'client-rejected'
  | 'token-refused'
  | 'token-server'
  | 'not-oauth'
  | 'id-token'
  | 'discovery'
  | 'insecure'
  | 'network'
  | 'api-rejected'
  | 'unexpected';

export interface SignInFailure {
  kind: SignInFailureKind;
  /** The OAuth error code the server sent (`access_denied`, `invalid_grant`, …). */
  error?: string;
  /** The server's own words (`error_description`): shown as text, never markup. */
  description?: string;
  status?: number;
}

/** The end of a successful round trip: the tokens, where to go, and what the shell shows. */
export interface SignedIn {
  grant: TokenGrant;
  /** The console page the admin asked for before signing in (a same-app path). */
  returnTo: string;
  /** The API base URL the sign-in went to ('' = the console's own origin). */
  baseUrl: string;
  tenant?: string;
  user?: string;
}

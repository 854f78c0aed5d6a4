import { getMockDb, type MockDb } from '@/mocks/db';
import type { Identity } from '@/mocks/handlers/auth';
import { CONSOLE_CLIENT_ID, DEMO_TENANT_ID } from '@/mocks/identities';

/**
 * The mock authorization server's state: who can sign in, the codes and tokens it issued, how it behaves (settings
 * a test or the e2e control route changes), and a log of what the console asked of it. One state per dataset: a
 * reset of the mock's data (tests, `POST /__mock/reset`) starts a fresh one. Times are real time (Date.now), not
 * the mock clock: the console and the ID-token checks run on the real clock.
 */

export interface OAuthAccount {
  username: string;
  name: string;
  email: string;
  identity: Identity;
}

/** The accounts the mock's sign-in page offers: an administrator of the demo tenant, and a user who is not one. */
export const OAUTH_ACCOUNTS = {
  admin: {
    username: 'dana.admin',
    name: 'Dana Admin',
    email: 'dana.admin@acme.example',
    identity: { tenantId: DEMO_TENANT_ID, userId: 'usr_demoadmin0001', isAdmin: true },
  },
  viewer: {
    username: 'victor.viewer',
    name: 'Victor Viewer',
    email: 'victor.viewer@acme.example',
    identity: { tenantId: DEMO_TENANT_ID, userId: 'usr_demoviewer001', isAdmin: false },
  },
} as const satisfies Record<string, OAuthAccount>;
export type AccountKey = keyof typeof OAUTH_ACCOUNTS;

export interface OAuthSettings {
  /** `on`: the discovery document is published; `off`: 404; `malformed`: 200 with a body that is not one. */
  discovery: 'on' | 'off' | 'malformed';
  /** Lifetime of an access token, in seconds. */
  accessTokenSeconds: number;
  /** Lifetime of a refresh token, in seconds. */
  refreshTokenSeconds: number;
  /** Advertise and accept pushed authorization requests (RFC 9126). */
  par: boolean;
  /** Advertise DPoP and bind tokens to the proof's key (RFC 9449); the first proof is asked for a nonce. */
  dpop: boolean;
  /** The next refresh-token grant answers 400 invalid_grant (the demo's "the next refresh fails"). */
  failNextRefresh: boolean;
}

export const DEFAULT_OAUTH_SETTINGS: OAuthSettings = {
  discovery: 'on',
  accessTokenSeconds: 600,
  refreshTokenSeconds: 8 * 3600,
  par: false,
  dpop: false,
  failNextRefresh: false,
};

/** The authorization request as the console sent it (in the query, or pushed first). */
export interface AuthorizationRequest {
  response_type: string;
  client_id: string;
  redirect_uri: string;
  scope: string;
  state?: string;
  nonce?: string;
  code_challenge: string;
  code_challenge_method: string;
  prompt?: string;
}

export interface IssuedCode {
  request: AuthorizationRequest;
  account: AccountKey;
  issuer: string;
  expiresAt: number;
  used: boolean;
  /** The grant family of the tokens issued for this code (revoked when the code is used twice). */
  family?: string;
}

export interface IssuedToken {
  kind: 'access_token' | 'refresh_token';
  family: string;
  account: AccountKey;
  scope: string;
  expiresAt: number;
  /** A refresh token is spent once used (rotation); an access token never is. */
  spent: boolean;
  revoked: boolean;
  /** Thumbprint of the DPoP key the token is bound to. */
  jkt?: string;
}

export interface TokenRequestLog {
  grant_type: string;
  /** `ok`, or the OAuth error code answered. */
  outcome: string;
  at: number;
}

export interface RevocationLog {
  token_type_hint?: string;
  /** What the token was: `access_token`, `refresh_token`, or `unknown`. */
  kind: IssuedToken['kind'] | 'unknown';
  /** Whether it was still usable (not spent, revoked or expired) when the console revoked it. */
  wasActive: boolean;
  /** The latest token of its kind in its family: the one the console held, not an older rotated one. */
  wasCurrent: boolean;
  at: number;
}

export interface OAuthState {
  settings: OAuthSettings;
  codes: Map<string, IssuedCode>;
  tokens: Map<string, IssuedToken>;
  /** Pushed authorization requests by request_uri. */
  pushed: Map<string, { request: AuthorizationRequest; expiresAt: number }>;
  /** DPoP nonces the server handed out. */
  dpopNonces: Set<string>;
  families: number;
  log: {
    authorizations: { decision: 'approve' | 'deny'; account?: AccountKey; at: number }[];
    tokenRequests: TokenRequestLog[];
    revocations: RevocationLog[];
  };
}

function freshState(): OAuthState {
  return {
    settings: { ...DEFAULT_OAUTH_SETTINGS },
    codes: new Map(),
    tokens: new Map(),
    pushed: new Map(),
    dpopNonces: new Set(),
    families: 0,
    log: { authorizations: [], tokenRequests: [], revocations: [] },
  };
}

const states = new WeakMap<MockDb, OAuthState>();

/** The state of the current dataset (a reset of the data starts a fresh one). */
export function oauthState(): OAuthState {
  const db = getMockDb();
  let state = states.get(db);
  if (!state) {
    state = freshState();
    states.set(db, state);
  }
  return state;
}

/** Changes how the mock server behaves; unknown keys and wrong types are ignored. */
export function updateOAuthSettings(patch: Partial<Record<keyof OAuthSettings, unknown>>): OAuthSettings {
  const settings = oauthState().settings;
  if (patch.discovery === 'on' || patch.discovery === 'off' || patch.discovery === 'malformed') settings.discovery = patch.discovery;
  for (const key of ['accessTokenSeconds', 'refreshTokenSeconds'] as const) {
    const value = patch[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) settings[key] = value;
  }
  for (const key of ['par', 'dpop', 'failNextRefresh'] as const) {
    const value = patch[key];
    if (typeof value === 'boolean') settings[key] = value;
  }
  return { ...settings };
}

/** The client the console registers for itself (see README, "Signing in"). */
export function isConsoleClient(clientId: string | null | undefined): boolean {
  return clientId === CONSOLE_CLIENT_ID;
}

/** Any http(s) address whose path ends in `/auth/callback`: where a console (any origin, any base path) comes back. */
export function isConsoleRedirectUri(uri: string | null | undefined): boolean {
  if (!uri) return false;
  try {
    const url = new URL(uri);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname.endsWith('/auth/callback') && !url.hash;
  } catch {
    return false;
  }
}

/** Who an access token issued by the mock stands for, if it is usable now. */
export function accessTokenHolder(token: string, now = Date.now()): { token: IssuedToken; identity: Identity } | undefined {
  const issued = oauthState().tokens.get(token);
  if (!issued || issued.kind !== 'access_token' || issued.revoked || issued.expiresAt <= now) return undefined;
  return { token: issued, identity: OAUTH_ACCOUNTS[issued.account].identity };
}

/** Whether the mock issued this token at all (expired, revoked or not): a 401 then says why. */
export function isIssuedToken(token: string): boolean {
  return oauthState().tokens.has(token);
}

/** Revokes every token of a grant family (refresh-token reuse, a code used twice, a revoked refresh token). */
export function revokeFamily(family: string): void {
  for (const token of oauthState().tokens.values()) if (token.family === family) token.revoked = true;
}

/** What the e2e control route and tests read: settings, the log, and the tokens issued (a mock has no secrets). */
export function oauthSnapshot() {
  const state = oauthState();
  return {
    settings: { ...state.settings },
    log: {
      authorizations: [...state.log.authorizations],
      tokenRequests: [...state.log.tokenRequests],
      revocations: [...state.log.revocations],
    },
    tokens: [...state.tokens.entries()].map(([value, token]) => ({ value, ...token })),
  };
}

import { getApiConfig, trimBaseUrl, type RuntimeConfigInput } from '@/api/config';
import { appBasePath } from '@/lib/basePath';

/** What "Sign in with authms" needs to know, from `config.js` (window.__AUTHMS_CONFIG__) with defaults. */
export interface OAuthConfig {
  /** The API base URL as configured ('' = the console's own origin). */
  baseUrl: string;
  /** The absolute form of baseUrl: where discovery and the endpoints are. */
  serverUrl: string;
  oauthPrefix: string;
  clientId: string;
  scope: string;
  redirectUri: string;
  /** The exact `iss` the server uses, when discovery cannot tell (an override). */
  issuer?: string;
  discovery: boolean;
  /** Plain http:// is allowed for loopback servers always, for others only with `oauthAllowHttp: true`. */
  allowHttp: boolean;
  timeoutMs: number;
}

export const DEFAULT_CLIENT_ID = 'authms-console';
export const DEFAULT_SCOPE = 'openid profile';

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The console's own callback: `<origin><base>auth/callback`. */
export function defaultRedirectUri(): string {
  const base = appBasePath(import.meta.env.BASE_URL, () => document.baseURI);
  return `${location.origin}${base}auth/callback`;
}

export function getOAuthConfig(baseUrl: string = getApiConfig().baseUrl): OAuthConfig {
  const runtime: RuntimeConfigInput = (typeof window !== 'undefined' && window.__AUTHMS_CONFIG__) || {};
  const api = getApiConfig();
  const issuer = text(runtime.oauthIssuer);
  return {
    baseUrl,
    serverUrl: trimBaseUrl(baseUrl) || location.origin,
    oauthPrefix: api.prefixes.oauth,
    clientId: text(runtime.oauthClientId) ?? DEFAULT_CLIENT_ID,
    scope: text(runtime.oauthScopes) ?? DEFAULT_SCOPE,
    redirectUri: text(runtime.oauthRedirectUri) ?? defaultRedirectUri(),
    ...(issuer ? { issuer } : {}),
    discovery: runtime.oauthDiscovery !== false,
    allowHttp: runtime.oauthAllowHttp === true,
    timeoutMs: api.timeoutMs,
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether requests to this server may go over plain http:// (oauth4webapi refuses it otherwise). */
export function allowsHttp(config: OAuthConfig): boolean {
  const url = new URL(config.serverUrl);
  return url.protocol === 'http:' && (config.allowHttp || LOOPBACK.has(url.hostname) || url.hostname.endsWith('.localhost'));
}

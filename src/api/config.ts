/**
 * Runtime configuration of the API: the gateway base URL and the two service prefixes.
 * Build-time defaults come from VITE_* variables; a host can override them after the build by editing
 * `config.js` next to index.html (it sets `window.__AUTHMS_CONFIG__`); the sign-in page can override the base URL.
 */
export type ServiceName = 'oauth' | 'session';

export interface ApiConfig {
  baseUrl: string;
  prefixes: Record<ServiceName, string>;
  timeoutMs: number;
}

export interface RuntimeConfigInput {
  apiBaseUrl?: unknown;
  oauthPrefix?: unknown;
  sessionPrefix?: unknown;
  timeoutMs?: unknown;
  /** "Sign in with authms" (read by src/api/auth/oauthConfig.ts, loaded with the sign-in code). */
  oauthClientId?: unknown;
  oauthScopes?: unknown;
  oauthRedirectUri?: unknown;
  oauthIssuer?: unknown;
  oauthDiscovery?: unknown;
  oauthAllowHttp?: unknown;
}

declare global {
  interface Window {
    __AUTHMS_CONFIG__?: RuntimeConfigInput;
  }
}

const DEFAULT_TIMEOUT_MS = 15_000;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function trimBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

function readInitialConfig(): ApiConfig {
  const runtime: RuntimeConfigInput =
    typeof window !== 'undefined' && window.__AUTHMS_CONFIG__ ? window.__AUTHMS_CONFIG__ : {};
  const env = import.meta.env;
  const timeout = Number(runtime.timeoutMs ?? env.VITE_API_TIMEOUT_MS);
  return {
    baseUrl: trimBaseUrl(str(runtime.apiBaseUrl) ?? str(env.VITE_API_BASE_URL) ?? ''),
    prefixes: {
      oauth: str(runtime.oauthPrefix) ?? str(env.VITE_OAUTH_PREFIX) ?? '/oauth/api/v1',
      session: str(runtime.sessionPrefix) ?? str(env.VITE_SESSION_PREFIX) ?? '/session/api/v1',
    },
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
  };
}

let current: ApiConfig = readInitialConfig();

export function getApiConfig(): ApiConfig {
  return current;
}

export function getDefaultBaseUrl(): string {
  return readInitialConfig().baseUrl;
}

export function setApiConfig(patch: Partial<ApiConfig>): void {
  current = {
    ...current,
    ...patch,
    baseUrl: trimBaseUrl(patch.baseUrl ?? current.baseUrl),
    prefixes: { ...current.prefixes, ...patch.prefixes },
  };
}

/** The full URL of a path of one service: `<base URL><service prefix><path>?<query>`. */
export function buildUrl(
  service: ServiceName,
  path: string,
  query?: Record<string, string | number | undefined>,
  baseUrl: string = current.baseUrl,
): string {
  const { prefixes } = current;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${trimBaseUrl(baseUrl)}${prefixes[service]}${path}${qs ? `?${qs}` : ''}`;
}

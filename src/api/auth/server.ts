import * as oauth from 'oauth4webapi';
import { failed, isNetworkError, SignInFailureError } from './failures';
import { allowsHttp, type OAuthConfig } from './oauthConfig';

/** Options every oauth4webapi request takes: a fresh time-out per request, and http:// where allowed. */
export function httpOptions(config: OAuthConfig) {
  return {
    signal: () => AbortSignal.timeout(config.timeoutMs),
    ...(allowsHttp(config) ? { [oauth.allowInsecureRequests]: true } : {}),
  };
}

/** The documented endpoints under the OAuth service's prefix, for a server that publishes no discovery document. */
export function documentedServer(config: OAuthConfig): oauth.AuthorizationServer {
  const endpoint = (path: string) => `${config.serverUrl}${config.oauthPrefix}/oauth/${path}`;
  return {
    // compared as an exact string with an ID token's `iss` (and an `iss` in the answer, if the server sends one)
    issuer: config.issuer ?? config.serverUrl,
    authorization_endpoint: endpoint('authorize'),
    token_endpoint: endpoint('token'),
    revocation_endpoint: endpoint('revoke'),
    userinfo_endpoint: endpoint('userinfo'),
    // without this list oauth4webapi accepts RS256 ID tokens only
    id_token_signing_alg_values_supported: ['RS256', 'ES256', 'PS256', 'EdDSA'],
    code_challenge_methods_supported: ['S256'],
  };
}

/** 404 or 410: the server publishes no discovery document. Anything else that is not one is malformed. */
const MISSING = new Set([404, 410]);

async function discover(config: OAuthConfig): Promise<oauth.AuthorizationServer> {
  if (!config.discovery) return documentedServer(config);
  const base = new URL(config.serverUrl);
  let response: Response;
  try {
    response = await oauth.discoveryRequest(base, httpOptions(config));
  } catch (error) {
    if (error instanceof oauth.OperationProcessingError && error.code === oauth.HTTP_REQUEST_FORBIDDEN) throw failed('insecure');
    if (isNetworkError(error)) throw failed('network');
    throw failed('discovery', { description: error instanceof Error ? error.message : undefined });
  }
  if (MISSING.has(response.status)) return documentedServer(config);
  const text = await response.clone().text();
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw failed('discovery', { status: response.status, description: 'not JSON' });
  }
  const declared = typeof document === 'object' && document !== null ? (document as { issuer?: unknown }).issuer : undefined;
  // authms may name an issuer with a path (its service prefix) while publishing the document at the origin: that
  // issuer is accepted when it is on the configured server's origin; a foreign one is refused, never worked around
  let expected = config.issuer ?? config.serverUrl;
  if (!config.issuer && typeof declared === 'string') {
    try {
      if (new URL(declared).origin === base.origin) expected = declared;
    } catch {
      // not a URL: processDiscoveryResponse says so below
    }
  }
  try {
    const server = await oauth.processDiscoveryResponse(new URL(expected), response);
    if (typeof server.authorization_endpoint !== 'string' || typeof server.token_endpoint !== 'string') {
      throw failed('discovery', { description: 'authorization_endpoint or token_endpoint is missing' });
    }
    return server;
  } catch (error) {
    if (error instanceof SignInFailureError) throw error;
    throw failed('discovery', { status: response.status, description: error instanceof Error ? error.message : undefined });
  }
}

const servers = new Map<string, Promise<oauth.AuthorizationServer>>();

/** The authorization server of the configured API (discovered once per tab and server; a failure is not kept). */
export function authorizationServer(config: OAuthConfig): Promise<oauth.AuthorizationServer> {
  const key = `${config.serverUrl} ${config.discovery} ${config.issuer ?? ''}`;
  let server = servers.get(key);
  if (!server) {
    server = discover(config);
    servers.set(key, server);
    server.catch(() => servers.delete(key));
  }
  return server;
}

/** Tests: the next sign-in discovers again (a test changes what the mock server offers). */
export function forgetAuthorizationServers(): void {
  servers.clear();
}

/**
 * "Sign in with authms": the console as a public OAuth client of the server it manages (authorization code +
 * PKCE S256, state and nonce; PAR and DPoP where the server asks for them), on oauth4webapi. Loaded on demand
 * (src/api/session.ts, `loadAuthProtocol`): by the sign-in page, the callback, a refresh and a sign-out, never
 * with the first page.
 */
import * as oauth from 'oauth4webapi';
import { authorizeFailure, failed, inspectTokenResponse, isNetworkError, SignInFailureError, tokenFailure } from './failures';
import { getOAuthConfig, type OAuthConfig } from './oauthConfig';
import { authorizationServer, httpOptions } from './server';
import { saveTransaction, takeTransaction, type SignInTransaction } from './transaction';
import { signOutStore } from '@/api/signOutStatus';
import type { RefreshOutcome, SignedIn, SignInFailure, TokenGrant } from './types';

export { SignInFailureError } from './failures';
export type { SignInFailure } from './types';

/** The tab's signed-in client: the server, the client, and the DPoP key when tokens are bound to one. */
interface ActiveClient {
  config: OAuthConfig;
  server: oauth.AuthorizationServer;
  client: oauth.Client;
  /** Its private key was made non-extractable and lives in this memory only. */
  dpop?: oauth.DPoPHandle;
}
let active: ActiveClient | undefined;

/** One retry when the server hands out a new DPoP nonce (the handle remembers it). */
async function withDPoPRetry<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (oauth.isDPoPNonceError(error)) return operation();
    throw error;
  }
}

export interface BeginSignIn {
  /** The console page to land on afterwards (a same-app path). */
  returnTo: string;
  /** `login`: ask the server for its sign-in form even if it still knows the admin (after a sign-out). */
  prompt?: 'login';
}

/**
 * Starts a sign-in: discovers the server, makes the state, nonce and PKCE verifier, pushes the request where the
 * server offers PAR, and keeps the transaction for the callback. Returns the authorization URL to go to.
 * Throws SignInFailureError.
 */
export async function beginSignIn({ returnTo, prompt }: BeginSignIn): Promise<URL> {
  const config = getOAuthConfig();
  const server = await authorizationServer(config);
  const client: oauth.Client = { client_id: config.clientId };
  const transaction: SignInTransaction = {
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    verifier: oauth.generateRandomCodeVerifier(),
    returnTo,
    baseUrl: config.baseUrl,
    clientId: config.clientId,
    redirectUri: config.redirectUri,
    createdAt: Date.now(),
  };
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: config.scope,
    state: transaction.state,
    nonce: transaction.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(transaction.verifier),
    code_challenge_method: 'S256',
    ...(prompt ? { prompt } : {}),
  };
  const url = new URL(server.authorization_endpoint ?? '');
  if (server.pushed_authorization_request_endpoint) {
    try {
      const response = await oauth.pushedAuthorizationRequest(server, client, oauth.None(), params, httpOptions(config));
      const problem = await inspectTokenResponse(response);
      if (problem) throw new SignInFailureError(problem);
      const pushed = await oauth.processPushedAuthorizationResponse(server, client, response);
      url.searchParams.set('client_id', config.clientId);
      url.searchParams.set('request_uri', pushed.request_uri);
    } catch (error) {
      throw new SignInFailureError(tokenFailure(error));
    }
  } else {
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  }
  saveTransaction(transaction);
  return url;
}

function grantOf(tokens: oauth.TokenEndpointResponse): TokenGrant {
  return {
    accessToken: tokens.access_token,
    tokenType: tokens.token_type === 'dpop' ? 'dpop' : 'bearer',
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
    ...(typeof tokens.expires_in === 'number' ? { expiresIn: tokens.expires_in } : {}),
  };
}

const claim = (claims: Record<string, unknown> | undefined, ...names: string[]) =>
  names.map((name) => claims?.[name]).find((value): value is string => typeof value === 'string' && value !== '');

/** The DPoP algorithm to use: the server's first one that Web Crypto can make a key for, ES256 preferred. */
function dpopAlgorithm(server: oauth.AuthorizationServer): string | undefined {
  const offered = server.dpop_signing_alg_values_supported;
  if (!Array.isArray(offered)) return undefined;
  return ['ES256', 'EdDSA', 'PS256', 'RS256'].find((alg) => offered.includes(alg));
}

async function newDPoP(client: oauth.Client, alg: string): Promise<oauth.DPoPHandle> {
  return oauth.DPoP(client, await oauth.generateKeyPair(alg, { extractable: false }));
}

async function exchangeCode(
  context: ActiveClient,
  params: URLSearchParams,
  transaction: SignInTransaction,
): Promise<oauth.TokenEndpointResponse> {
  const { config, server, client } = context;
  const attempt = async () => {
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      oauth.None(),
      params,
      transaction.redirectUri,
      transaction.verifier,
      { ...httpOptions(config), ...(context.dpop ? { DPoP: context.dpop } : {}) },
    );
    const problem = await inspectTokenResponse(response);
    if (problem) throw new SignInFailureError(problem);
    // expectedNonce makes an ID token mandatory, and without it a nonce in the ID token fails: look first
    const body = (await response.clone().json()) as { id_token?: unknown };
    const checks = typeof body.id_token === 'string' ? { expectedNonce: transaction.nonce } : undefined;
    return oauth.processAuthorizationCodeResponse(server, client, response, checks);
  };
  try {
    return await withDPoPRetry(attempt);
  } catch (error) {
    // a server that wants DPoP without saying so in discovery: once more, with a key
    if (!context.dpop && error instanceof oauth.ResponseBodyError && error.error === 'invalid_dpop_proof') {
      context.dpop = await newDPoP(client, 'ES256');
      return withDPoPRetry(attempt);
    }
    throw error;
  }
}

/** Who signed in, for the shell: the ID token's claims, else userinfo (best effort). */
async function whoSignedIn(context: ActiveClient, tokens: oauth.TokenEndpointResponse) {
  let claims: Record<string, unknown> | undefined = oauth.getValidatedIdTokenClaims(tokens);
  if (!claims && context.server.userinfo_endpoint) {
    try {
      const response = await oauth.userInfoRequest(context.server, context.client, tokens.access_token, {
        ...httpOptions(context.config),
        ...(context.dpop ? { DPoP: context.dpop } : {}),
      });
      claims = await oauth.processUserInfoResponse(context.server, context.client, oauth.skipSubjectCheck, response);
    } catch {
      claims = undefined; // only a label: the console works without it
    }
  }
  const user = claim(claims, 'name', 'preferred_username', 'email');
  const tenant = claim(claims, 'tenant_name', 'tenant_id', 'tid');
  return { ...(user ? { user } : {}), ...(tenant ? { tenant } : {}) };
}

export type CompleteSignIn = { ok: true; signedIn: SignedIn } | { ok: false; failure: SignInFailure; returnTo?: string };

/**
 * The callback: checks that the answer belongs to this tab's sign-in (state), takes the code or the error, and
 * exchanges the code for tokens (PKCE verifier, nonce, DPoP where asked). Never throws.
 */
export async function completeSignIn(answer: URLSearchParams): Promise<CompleteSignIn> {
  if (!answer.has('code') && !answer.has('error')) return { ok: false, failure: { kind: 'no-response' } };
  const transaction = takeTransaction();
  if (!transaction || answer.get('state') !== transaction.state) return { ok: false, failure: { kind: 'state' } };
  const returnTo = transaction.returnTo;
  try {
    const config = { ...getOAuthConfig(transaction.baseUrl), clientId: transaction.clientId };
    const server = await authorizationServer(config);
    const client: oauth.Client = { client_id: transaction.clientId };
    let params: URLSearchParams;
    try {
      params = oauth.validateAuthResponse(server, client, answer, transaction.state);
    } catch (error) {
      if (error instanceof oauth.AuthorizationResponseError) return { ok: false, failure: authorizeFailure(error), returnTo };
      return { ok: false, failure: { kind: 'issuer', description: error instanceof Error ? error.message : undefined }, returnTo };
    }
    const alg = dpopAlgorithm(server);
    const context: ActiveClient = { config, server, client, ...(alg ? { dpop: await newDPoP(client, alg) } : {}) };
    const tokens = await exchangeCode(context, params, transaction);
    active = context;
    return {
      ok: true,
      signedIn: { grant: grantOf(tokens), returnTo, baseUrl: transaction.baseUrl, ...(await whoSignedIn(context, tokens)) },
    };
  } catch (error) {
    return { ok: false, failure: tokenFailure(error), returnTo };
  }
}

/**
 * A refresh-token grant for the signed-in client. A 4xx (invalid_grant: spent, revoked, expired; a client that is
 * gone) ends the session; a network error, a time-out or a 5xx is passing, and the session keeps its tokens.
 */
export async function refreshGrant(refreshToken: string, baseUrl: string): Promise<RefreshOutcome> {
  try {
    const context = active ?? (await clientFor(baseUrl));
    const { server, client, config, dpop } = context;
    const tokens = await withDPoPRetry(async () =>
      oauth.processRefreshTokenResponse(
        server,
        client,
        await oauth.refreshTokenGrantRequest(server, client, oauth.None(), refreshToken, {
          ...httpOptions(config),
          ...(dpop ? { DPoP: dpop } : {}),
        }),
      ),
    );
    return { ok: true, grant: grantOf(tokens) };
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError && error.status >= 400 && error.status < 500) return { ok: false, sessionOver: true };
    const timeout = error instanceof DOMException && error.name === 'TimeoutError';
    const status = error instanceof oauth.ResponseBodyError ? error.status : undefined;
    return { ok: false, sessionOver: false, ...(timeout ? { timeout } : {}), ...(status !== undefined ? { status } : {}) };
  }
}

async function clientFor(baseUrl: string): Promise<ActiveClient> {
  const config = getOAuthConfig(baseUrl);
  return { config, server: await authorizationServer(config), client: { client_id: config.clientId } };
}

/**
 * Sign-out (RFC 7009): revokes the access token, then the refresh token, and forgets the client and its DPoP key.
 * Returns whether the server confirmed every revocation.
 */
export async function revokeTokens(tokens: { accessToken: string; refreshToken?: string; baseUrl: string }): Promise<boolean> {
  const context = active;
  active = undefined;
  let told = true;
  try {
    const { server, client, config } = context ?? (await clientFor(tokens.baseUrl));
    if (!server.revocation_endpoint) return false;
    const revoke = async (token: string, hint: 'access_token' | 'refresh_token') => {
      try {
        const response = await oauth.revocationRequest(server, client, oauth.None(), token, {
          ...httpOptions(config),
          additionalParameters: { token_type_hint: hint },
        });
        await oauth.processRevocationResponse(response);
      } catch {
        told = false;
      }
    };
    // the access token first: revoking the refresh token may end the access token with it
    await revoke(tokens.accessToken, 'access_token');
    if (tokens.refreshToken) await revoke(tokens.refreshToken, 'refresh_token');
    return told;
  } catch {
    return false;
  }
}

/** Sign-out, the server's part: after a refresh in flight has landed, revokes the tokens and says how it went. */
export async function signOutAtServer(
  tokens: { accessToken: string; refreshToken: string | undefined; baseUrl: string },
  running: Promise<unknown> | undefined,
): Promise<void> {
  await running?.catch(() => undefined);
  const told = await revokeTokens({ accessToken: tokens.accessToken, baseUrl: tokens.baseUrl, ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}) });
  if (signOutStore.state.step === 'revoking') signOutStore.setState(() => ({ step: told ? 'revoked' : 'not-told' }));
}

/**
 * An admin API request with a DPoP-bound token: `Authorization: DPoP`, a proof with `ath`, one retry on a new
 * nonce. A challenge (401 with WWW-Authenticate) comes back as the response, for the caller's 401 handling.
 */
export async function dpopFetch(accessToken: string, url: string, init: RequestInit): Promise<Response> {
  const context = active;
  if (!context?.dpop) throw new TypeError('the DPoP key of this session is gone');
  const { dpop, config } = context;
  const target = new URL(url, location.href);
  const body = typeof init.body === 'string' ? init.body : undefined;
  const send = () =>
    oauth.protectedResourceRequest(accessToken, init.method ?? 'GET', target, new Headers(init.headers), body, {
      ...httpOptions(config),
      ...(init.signal ? { signal: init.signal } : {}),
      DPoP: dpop,
    });
  try {
    return await withDPoPRetry(send);
  } catch (error) {
    if (error instanceof oauth.WWWAuthenticateChallengeError) return error.response;
    throw error;
  }
}

/** A failure of the sign-in page's own step (discovery, PAR) as one of the kinds. */
export function beginFailure(error: unknown): SignInFailure {
  if (error instanceof SignInFailureError) return error.failure;
  if (isNetworkError(error)) return { kind: 'network' };
  return failed('unexpected').failure;
}

import { http, HttpResponse } from 'msw';
import { decide, errorRedirect, isAccountKey, PUSHED_LIFETIME_S, readAuthorizationRequest, checkRequest } from '@/mocks/oauth/authorize';
import { authorizeErrorPage, consentPage } from '@/mocks/oauth/consentPage';
import { idTokenKey, randomValue } from '@/mocks/oauth/jose';
import { isConsoleClient, OAUTH_ACCOUNTS, oauthState, type AuthorizationRequest } from '@/mocks/oauth/state';
import { revocationEndpoint, tokenEndpoint } from '@/mocks/oauth/token';
import { authenticate } from './auth';
import { MockHttpError } from './errors';
import { OAUTH_API } from './paths';

/**
 * The OAuth endpoints the console signs itself in with ("Signing in to the console itself" in the contract):
 * discovery, authorize (a small sign-in and consent page), pushed authorization, token, revoke, userinfo, the JWKS
 * of the ID-token key and the DPoP nonce. Standard OAuth answers (`{error, error_description}`), not the admin API's
 * envelopes.
 */

const PROTOCOL_PREFIX = '/oauth/api/v1/oauth/';
const WELL_KNOWN = '/.well-known/openid-configuration';

/** The issuer: the origin and any path in front of the service prefix (or of the discovery document). */
export function issuerOf(url: string): string {
  const { origin, pathname } = new URL(url);
  const cut = [PROTOCOL_PREFIX, WELL_KNOWN].map((part) => pathname.indexOf(part)).find((index) => index >= 0);
  return `${origin}${cut === undefined ? '' : pathname.slice(0, cut)}`;
}

function discoveryDocument(issuer: string) {
  const { settings } = oauthState();
  const endpoint = (path: string) => `${issuer}${PROTOCOL_PREFIX}${path}`;
  return {
    issuer,
    authorization_endpoint: endpoint('authorize'),
    token_endpoint: endpoint('token'),
    revocation_endpoint: endpoint('revoke'),
    userinfo_endpoint: endpoint('userinfo'),
    jwks_uri: endpoint('jwks'),
    ...(settings.par ? { pushed_authorization_request_endpoint: endpoint('pushed-authorization') } : {}),
    ...(settings.dpop ? { dpop_signing_alg_values_supported: ['ES256'] } : {}),
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post', 'private_key_jwt'],
    revocation_endpoint_auth_methods_supported: ['none', 'client_secret_basic'],
    scopes_supported: ['openid', 'profile', 'email'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['ES256'],
    authorization_response_iss_parameter_supported: true,
  };
}

function html(body: string, status = 200): Response {
  return new HttpResponse(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

function redirect(location: string): Response {
  return new HttpResponse(null, { status: 302, headers: { Location: location, 'Cache-Control': 'no-store' } });
}

function oauthError(status: number, error: string, description: string): Response {
  return HttpResponse.json({ error, error_description: description }, { status, headers: { 'Cache-Control': 'no-store' } });
}

async function formOf(request: Request): Promise<URLSearchParams> {
  return new URLSearchParams(await request.text());
}

/** The consent page for a request (GET), or where the browser goes instead. */
function showConsent(params: URLSearchParams, issuer: string): Response {
  const read = readAuthorizationRequest(params);
  if (!read.ok) return read.redirect ? redirect(errorRedirect(read.request, issuer, read.error, read.description)) : html(authorizeErrorPage(read.message), 400);
  return html(consentPage(read.request, params));
}

/** The consent form's answer (POST): back to the console with a code, or with access_denied. */
function answerConsent(form: URLSearchParams, issuer: string): Response {
  const read = readAuthorizationRequest(form);
  if (!read.ok) return read.redirect ? redirect(errorRedirect(read.request, issuer, read.error, read.description)) : html(authorizeErrorPage(read.message), 400);
  const decision = form.get('decision') === 'approve' ? 'approve' : 'deny';
  const account = form.get('account');
  return redirect(decide(read.request, issuer, decision, isAccountKey(account) ? account : 'admin'));
}

function pushRequest(form: URLSearchParams): Response {
  if (!oauthState().settings.par) return oauthError(404, 'not_found', 'pushed authorization requests are not enabled');
  if (!isConsoleClient(form.get('client_id'))) return oauthError(401, 'invalid_client', 'unknown client');
  if (form.has('request_uri')) return oauthError(400, 'invalid_request', 'request_uri is not allowed in a pushed request');
  const request: AuthorizationRequest = {
    response_type: form.get('response_type') ?? '',
    client_id: form.get('client_id') ?? '',
    redirect_uri: form.get('redirect_uri') ?? '',
    scope: form.get('scope') ?? '',
    code_challenge: form.get('code_challenge') ?? '',
    code_challenge_method: form.get('code_challenge_method') ?? '',
    ...(form.has('state') ? { state: form.get('state') ?? '' } : {}),
    ...(form.has('nonce') ? { nonce: form.get('nonce') ?? '' } : {}),
    ...(form.has('prompt') ? { prompt: form.get('prompt') ?? '' } : {}),
  };
  const checked = checkRequest(request);
  if (!checked.ok) return oauthError(400, checked.redirect ? checked.error : 'invalid_request', checked.redirect ? checked.description : checked.message);
  const requestUri = `urn:ietf:params:oauth:request_uri:${randomValue('par')}`;
  oauthState().pushed.set(requestUri, { request, expiresAt: Date.now() + PUSHED_LIFETIME_S * 1000 });
  return HttpResponse.json({ request_uri: requestUri, expires_in: PUSHED_LIFETIME_S }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}

async function userinfo(request: Request): Promise<Response> {
  try {
    const identity = await authenticate(request);
    const account = Object.values(OAUTH_ACCOUNTS).find((a) => a.identity.userId === identity.userId);
    return HttpResponse.json({
      sub: identity.userId,
      ...(account ? { name: account.name, email: account.email, preferred_username: account.username } : {}),
    });
  } catch (error) {
    const message = error instanceof MockHttpError ? error.message : 'invalid token';
    return HttpResponse.json(
      { error: 'invalid_token', error_description: message },
      { status: 401, headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${message}"` } },
    );
  }
}

export const oauthHandlers = [
  http.get(`*${WELL_KNOWN}`, ({ request }) => {
    const { discovery } = oauthState().settings;
    if (discovery === 'off') return new HttpResponse('404 page not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    if (discovery === 'malformed') return HttpResponse.json({ issuer: 42, authorization_endpoint: 'not a url' });
    return HttpResponse.json(discoveryDocument(issuerOf(request.url)));
  }),
  http.get(`${OAUTH_API}/oauth/authorize`, ({ request }) => showConsent(new URL(request.url).searchParams, issuerOf(request.url))),
  http.post(`${OAUTH_API}/oauth/authorize`, async ({ request }) => answerConsent(await formOf(request), issuerOf(request.url))),
  http.post(`${OAUTH_API}/oauth/pushed-authorization`, async ({ request }) => pushRequest(await formOf(request))),
  http.post(`${OAUTH_API}/oauth/token`, ({ request }) => tokenEndpoint(request)),
  http.post(`${OAUTH_API}/oauth/revoke`, ({ request }) => revocationEndpoint(request)),
  http.get(`${OAUTH_API}/oauth/userinfo`, ({ request }) => userinfo(request)),
  http.get(`${OAUTH_API}/oauth/jwks`, async () => {
    const key = await idTokenKey();
    return HttpResponse.json({ keys: [{ ...key.publicJwk, kid: key.kid, use: 'sig', alg: 'ES256' }] });
  }),
  http.get(`${OAUTH_API}/oauth/dpop/nonce`, () => {
    const nonce = randomValue('nonce', 12);
    oauthState().dpopNonces.add(nonce);
    return new HttpResponse(null, { status: 204, headers: { 'DPoP-Nonce': nonce } });
  }),
];

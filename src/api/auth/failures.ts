import * as oauth from 'oauth4webapi';
import type { SignInFailure, SignInFailureKind } from './types';

/** A sign-in step that failed in a known way; the callback and the sign-in page show its page. */
export class SignInFailureError extends Error {
  readonly failure: SignInFailure;
  constructor(failure: SignInFailure) {
    super(`sign-in failed: ${failure.kind}`);
    this.name = 'SignInFailureError';
    this.failure = failure;
  }
}

export const failed = (kind: SignInFailureKind, details: Omit<SignInFailure, 'kind'> = {}) =>
  new SignInFailureError({ kind, ...details });

/** The server asks for its own page: a silent or prompt-less attempt cannot go on (OIDC Core §3.1.2.6). */
const INTERACTION_ERRORS = new Set(['login_required', 'interaction_required', 'consent_required', 'account_selection_required']);

function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'));
}

const withText = (error: string | undefined, description: string | undefined, status?: number) => ({
  ...(error ? { error } : {}),
  ...(description ? { description } : {}),
  ...(status !== undefined ? { status } : {}),
});

/** The error the browser brought back from the authorization endpoint. */
export function authorizeFailure(error: oauth.AuthorizationResponseError): SignInFailure {
  const details = withText(error.error, error.error_description);
  if (error.error === 'access_denied') return { kind: 'denied', ...details };
  if (INTERACTION_ERRORS.has(error.error)) return { kind: 'login-required', ...details };
  return { kind: 'authorize-error', ...details };
}

/**
 * A token endpoint answer that is not OAuth's to judge: a 5xx, or a body that is not a JSON object (an HTML error
 * page of a proxy). Checked before oauth4webapi reads it, so each gets its own page.
 */
export async function inspectTokenResponse(response: Response): Promise<SignInFailure | undefined> {
  const text = await response.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'not-oauth', status: response.status };
  }
  const json = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined;
  const error = typeof json?.error === 'string' ? json.error : undefined;
  const description = typeof json?.error_description === 'string' ? json.error_description : undefined;
  if (response.status >= 500) return { kind: 'token-server', ...withText(error, description, response.status) };
  if (!json) return { kind: 'not-oauth', status: response.status };
  return undefined;
}

/** Any failure while exchanging the code (or pushing the request) as one of the kinds. */
export function tokenFailure(error: unknown): SignInFailure {
  if (error instanceof SignInFailureError) return error.failure;
  if (isNetworkError(error)) return { kind: 'network' };
  if (error instanceof oauth.ResponseBodyError) {
    const details = withText(error.error, error.error_description, error.status);
    if (error.error === 'invalid_grant') return { kind: 'code-used', ...details };
    if (error.status === 401 || error.error === 'invalid_client' || error.error === 'unauthorized_client') {
      return { kind: 'client-rejected', ...details };
    }
    return { kind: 'token-refused', ...details };
  }
  if (error instanceof oauth.OperationProcessingError) {
    if (error.code === oauth.HTTP_REQUEST_FORBIDDEN) return { kind: 'insecure' };
    if (error.code === oauth.JWT_CLAIM_COMPARISON || error.code === oauth.JWT_TIMESTAMP_CHECK || /id_token/i.test(error.message)) {
      return { kind: 'id-token', description: error.message };
    }
    return { kind: 'not-oauth', description: error.message };
  }
  if (error instanceof oauth.UnsupportedOperationError) return { kind: 'not-oauth', description: error.message };
  return { kind: 'unexpected' };
}

export { isNetworkError };

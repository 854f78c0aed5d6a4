import type { SignInFailure } from '@/api/auth/types';
import { isApiError } from '@/api/errors';
import { endSession, loadAuthProtocol, startOAuthSession } from '@/api/session';
import { listTokens } from '@/api/tokens';

export type CallbackOutcome =
  | { kind: 'signed-in'; returnTo: string }
  /** Signed in, but the account is not an administrator of the tenant: the "not an administrator" page. */
  | { kind: 'forbidden' }
  | { kind: 'failed'; failure: SignInFailure; returnTo?: string };

/**
 * The callback's work: the answer checked and the code exchanged (by the protocol code), the session started, and
 * the account's admin rights checked with one cheap read, as the token form does.
 */
export async function finishSignIn(answer: URLSearchParams): Promise<CallbackOutcome> {
  let protocol: Awaited<ReturnType<typeof loadAuthProtocol>>;
  try {
    protocol = await loadAuthProtocol();
  } catch {
    return { kind: 'failed', failure: { kind: 'network' } };
  }
  const result = await protocol.completeSignIn(answer);
  if (!result.ok) return { kind: 'failed', failure: result.failure, ...(result.returnTo ? { returnTo: result.returnTo } : {}) };
  startOAuthSession(result.signedIn);
  try {
    await listTokens({ page: 1, page_size: 1 });
  } catch (error) {
    if (isApiError(error) && error.status === 403) return { kind: 'forbidden' };
    if (isApiError(error) && error.status === 401) {
      endSession('signed-out'); // the tokens are no use to anyone: revoked
      return { kind: 'failed', failure: { kind: 'api-rejected', status: 401 }, returnTo: result.signedIn.returnTo };
    }
    // anything else (the network, a 5xx) is the page's to show: the sign-in itself worked
  }
  return { kind: 'signed-in', returnTo: result.signedIn.returnTo };
}

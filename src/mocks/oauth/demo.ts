import { issuerOf } from '@/mocks/handlers/oauth';
import { decide, errorRedirect, readAuthorizationRequest } from './authorize';

/**
 * Demo mode only. A service worker never sees a page navigation, so the demo cannot show the mock's sign-in page:
 * "Sign in with authms" approves the request right here, as the demo tenant's administrator, and returns the
 * address the browser would have been sent back to (the console's /auth/callback with a code and the state).
 */
export function approveInDemo(authorizeUrl: string): string {
  const url = new URL(authorizeUrl);
  const issuer = issuerOf(url.href);
  const read = readAuthorizationRequest(url.searchParams);
  if (read.ok) return decide(read.request, issuer, 'approve', 'admin');
  if (read.redirect) return errorRedirect(read.request, issuer, read.error, read.description);
  throw new Error(read.message);
}

/**
 * Helpers for tests of "Sign in with authms" (never imported by the app).
 *
 * jsdom gives tests its own Uint8Array and ArrayBuffer while Node's Web Crypto and TextEncoder return Node's, and
 * oauth4webapi checks `instanceof ArrayBuffer`: withNodeTypedArrays() puts Node's back for the file's tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { setApiConfig } from '@/api/config';
import { startOAuthSession } from '@/api/session';
import { beginSignIn, completeSignIn } from '@/api/auth/protocol';
import { forgetAuthorizationServers } from '@/api/auth/server';
import { issuerOf } from '@/mocks/handlers/oauth';
import { decide, readAuthorizationRequest } from './authorize';
import { approveInDemo } from './demo';
import type { AccountKey } from './state';

export const OAUTH_TEST_BASE_URL = 'http://authms.test';

export function withNodeTypedArrays(): void {
  const saved = { Uint8Array: globalThis.Uint8Array, ArrayBuffer: globalThis.ArrayBuffer };
  beforeAll(() => {
    // TextEncoder is Node's: what it returns is made by Node's Uint8Array, on Node's ArrayBuffer
    const bytes = new TextEncoder().encode('');
    globalThis.Uint8Array = bytes.constructor as Uint8ArrayConstructor;
    globalThis.ArrayBuffer = bytes.buffer.constructor as ArrayBufferConstructor;
  });
  afterAll(() => Object.assign(globalThis, saved));
}

/** Points the console at the Vitest mock (http://authms.test, so plain http has to be allowed). */
export function setUpOAuthTestServer(extra: Record<string, unknown> = {}): void {
  withNodeTypedArrays();
  beforeEach(() => {
    forgetAuthorizationServers();
    setApiConfig({ baseUrl: OAUTH_TEST_BASE_URL });
    window.__AUTHMS_CONFIG__ = { oauthAllowHttp: true, ...extra };
  });
  afterEach(() => {
    delete window.__AUTHMS_CONFIG__;
  });
}

/** The address authms sends the browser back to after the admin's answer on its page. */
export async function authorizeAnswer(
  options: { returnTo?: string; decision?: 'approve' | 'deny'; account?: AccountKey } = {},
): Promise<URLSearchParams> {
  const url = await beginSignIn({ returnTo: options.returnTo ?? '/tokens' });
  if ((options.decision ?? 'approve') === 'approve' && (options.account ?? 'admin') === 'admin') {
    return new URL(approveInDemo(url.href)).searchParams;
  }
  const read = readAuthorizationRequest(url.searchParams);
  if (!read.ok) throw new Error('the mock refused the authorization request');
  return new URL(decide(read.request, issuerOf(url.href), options.decision ?? 'approve', options.account ?? 'admin')).searchParams;
}

/** A whole round trip, ending with the session started, as the callback page does. */
export async function signInWithAuthms(options: { account?: AccountKey } = {}) {
  const result = await completeSignIn(await authorizeAnswer(options));
  if (!result.ok) throw new Error(`sign-in failed: ${result.failure.kind} ${result.failure.description ?? ''}`);
  startOAuthSession(result.signedIn);
  return result.signedIn;
}

import { DEMO_ADMIN_TOKEN, DEMO_TENANT_ID, DEMO_VIEWER_TOKEN } from '@/mocks/identities';
import { sha256, verifyDPoPProof } from '@/mocks/oauth/jose';
import { accessTokenHolder, isIssuedToken } from '@/mocks/oauth/state';
import { MockHttpError } from './errors';

/** Who a bearer token stands for. */
export interface Identity {
  tenantId: string;
  userId: string;
  isAdmin: boolean;
}

const IDENTITIES = new Map<string, Identity>([
  [DEMO_ADMIN_TOKEN, { tenantId: DEMO_TENANT_ID, userId: 'usr_demoadmin0001', isAdmin: true }],
  [DEMO_VIEWER_TOKEN, { tenantId: DEMO_TENANT_ID, userId: 'usr_demoviewer001', isAdmin: false }],
]);

/** The access token of the request and how it came: `Authorization: Bearer …` or `Authorization: DPoP …`. */
export function presentedToken(request: Request): { scheme: 'bearer' | 'dpop'; token: string } | undefined {
  const header = request.headers.get('Authorization');
  const match = header ? /^(Bearer|DPoP)\s+(\S+)\s*$/i.exec(header) : null;
  if (!match?.[1] || !match[2]) return undefined;
  return { scheme: match[1].toLowerCase() === 'dpop' ? 'dpop' : 'bearer', token: match[2] };
}

/** The bearer token of the request, if it has one. */
export function bearerToken(request: Request): string | undefined {
  const presented = presentedToken(request);
  return presented?.scheme === 'bearer' ? presented.token : undefined;
}

const unauthenticated = (message: string) => new MockHttpError('unauthenticated', message);

/**
 * Who the request is: a fixed demo token, or an access token the mock's authorization server issued ("Sign in with
 * authms"), sent as a bearer or, when bound to a DPoP key, with `Authorization: DPoP` and a proof of that key.
 */
export async function authenticate(request: Request): Promise<Identity> {
  const presented = presentedToken(request);
  if (!presented) throw unauthenticated('missing bearer token');
  const fixed = presented.scheme === 'bearer' ? IDENTITIES.get(presented.token) : undefined;
  if (fixed) return fixed;
  const holder = accessTokenHolder(presented.token);
  if (!holder) {
    throw unauthenticated(isIssuedToken(presented.token) ? 'token expired or revoked' : 'unauthenticated or token expired');
  }
  const bound = holder.token.jkt;
  if (bound === undefined) {
    if (presented.scheme !== 'bearer') throw unauthenticated('the token is not bound to a DPoP key');
    return holder.identity;
  }
  if (presented.scheme !== 'dpop') throw unauthenticated('a DPoP-bound token must be sent with a DPoP proof');
  const proof = await verifyDPoPProof(request.headers.get('DPoP'), request.method, request.url, Date.now());
  if ('invalid' in proof) throw unauthenticated(proof.invalid);
  if (proof.jkt !== bound || proof.ath !== (await sha256(presented.token))) {
    throw unauthenticated('the DPoP proof does not match the token');
  }
  return holder.identity;
}

/** The admin identity of the request: 401 without a known token, 403 when the user is not an admin. */
export async function authenticateAdmin(request: Request): Promise<Identity> {
  const identity = await authenticate(request);
  if (!identity.isAdmin) {
    throw new MockHttpError('forbidden', 'administrator role required for this operation');
  }
  return identity;
}

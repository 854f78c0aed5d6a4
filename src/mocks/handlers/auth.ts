import { DEMO_ADMIN_TOKEN, DEMO_TENANT_ID, DEMO_VIEWER_TOKEN } from '@/mocks/identities';
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

/** The bearer token of the request, if it has one. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('Authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** The admin identity of the request: 401 without a known bearer, 403 when the user is not an admin. */
export function authenticateAdmin(request: Request): Identity {
  const token = bearerToken(request);
  const identity = token === undefined ? undefined : IDENTITIES.get(token);
  if (!identity) {
    throw new MockHttpError(
      'unauthenticated',
      token === undefined ? 'missing bearer token' : 'unauthenticated or token expired',
    );
  }
  if (!identity.isAdmin) {
    throw new MockHttpError('forbidden', 'administrator role required for this operation');
  }
  return identity;
}

import { recordAudit, type MockAuditChange } from '@/mocks/db';
import type { RouteContext } from './route';

/** Where the mock says the admin's requests come from: it sees no address of its own (a documentation address). */
const ADMIN_IP = '192.0.2.10';

/**
 * Writes the audit entry of a change the request made to a client: who (the admin behind the token), from where
 * (the request's user agent), through which request (the answer's X-Request-Id), and the field changes.
 */
export function auditClientChange(
  { request, identity, now, requestId }: RouteContext,
  clientId: string,
  action: string,
  changes: MockAuditChange[],
): void {
  recordAudit({
    tenant_id: identity.tenantId,
    client_id: clientId,
    action,
    actor_id: identity.userId,
    actor_type: 'admin',
    ip: ADMIN_IP,
    user_agent: request.headers.get('User-Agent') ?? '',
    request_id: requestId,
    created_at: now,
    changes,
  });
}

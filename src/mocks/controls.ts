import { mockClock } from './clock';
import { changesBetween, getMockDb, recordAudit, snapshot, updateClient, type ClientChanges } from './db';

/** The other admin who changes clients "elsewhere", as the audit log names them. */
export const OTHER_ADMIN_ID = 'usr_ops7t2k9q4mx';

/**
 * Mock-only controls for tests and the demo: things "another admin" does elsewhere, outside the console.
 */

/**
 * Changes a client as if another admin saved it elsewhere: applies `changes` (none by default) and bumps its
 * `updated_at`, so the console's lost-update check notices. Returns the new `updated_at`, or undefined when there
 * is no such (undeleted) client.
 */
export function touchClientElsewhere(clientId: string, changes: ClientChanges = {}): string | undefined {
  const client = getMockDb().clients.find((c) => c.client_id === clientId && c.deleted_at === undefined);
  if (!client) return undefined;
  const before = snapshot(client);
  const now = mockClock.now();
  updateClient(client, changes, now);
  // their save is in the client's history like any other
  recordAudit({
    tenant_id: client.tenant_id,
    client_id: client.client_id,
    action: 'client.updated',
    actor_id: OTHER_ADMIN_ID,
    actor_type: 'admin',
    ip: '198.51.100.71',
    user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
    request_id: `req_elsewhere${getMockDb().requestSeq}`,
    created_at: now,
    changes: changesBetween(before, snapshot(client)),
  });
  return new Date(client.updated_at).toISOString();
}

export const clientControls = { touchElsewhere: touchClientElsewhere };

declare global {
  interface AuthmsMockHandles {
    /** `touchElsewhere(clientId, changes?)`: another admin saves the client (bumps updated_at). */
    clients: typeof clientControls;
  }
}

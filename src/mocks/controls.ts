import { mockClock } from './clock';
import { getMockDb, updateClient, type ClientChanges } from './db';

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
  updateClient(client, changes, mockClock.now());
  return new Date(client.updated_at).toISOString();
}

export const clientControls = { touchElsewhere: touchClientElsewhere };

declare global {
  interface AuthmsMockHandles {
    /** `touchElsewhere(clientId, changes?)`: another admin saves the client (bumps updated_at). */
    clients: typeof clientControls;
  }
}

import { http } from 'msw';
import {
  deviceFingerprint,
  endSessions,
  endUserSessions,
  findBlacklist,
  findSession,
  findSessions,
  findTrustedDevices,
  forgetTrustedDevice,
  liftBlacklistEntry,
  purgeExpiredSessions,
  sessionRisk,
  sessionStats,
  toBlacklistItem,
  toSessionItem,
  toTrustedDeviceItem,
  type SessionStatus,
} from '@/mocks/db';
import { invalidParameters, notFound } from './errors';
import { SESSION_API } from './paths';
import { QueryReader } from './query';
import { detailResponse, listResponse, noContent } from './responses';
import { adminRoute, pathParam, readJson } from './route';

const SESSION_STATUSES: readonly SessionStatus[] = ['active', 'expired', 'revoked'];
const MAX_BULK = 100;
const sessionNotFound = () => notFound('session not found', 'error.session_not_found');

/** The session the query's `session_id` names: 400 without one, 404 when the tenant has none such. */
function sessionOf(request: Request, tenantId: string, now: number) {
  const query = new QueryReader(request);
  const sessionId = query.text('session_id');
  if (sessionId === undefined) {
    throw invalidParameters([{ field: 'session_id', code: 'required', description: 'session_id is required', value: null }]);
  }
  query.done();
  const session = findSession(tenantId, sessionId, now);
  if (!session) throw sessionNotFound();
  return session;
}

/** Sessions, trusted devices and the token blacklist (session service): errors are `Problem`. */
export const sessionHandlers = [
  http.get(
    `${SESSION_API}/admin/sessions/active-count`,
    adminRoute('session', ({ identity, now }) =>
      detailResponse({ count: findSessions(identity.tenantId, { status: 'active' }, now).length }),
    ),
  ),

  http.get(
    `${SESSION_API}/admin/sessions/stats`,
    adminRoute('session', ({ identity, now }) => detailResponse(sessionStats(identity.tenantId, now))),
  ),

  http.get(
    `${SESSION_API}/admin/sessions/risk-score`,
    adminRoute('session', ({ request, identity, now }) => detailResponse(sessionRisk(sessionOf(request, identity.tenantId, now)))),
  ),

  http.get(
    `${SESSION_API}/admin/sessions/device-fingerprint`,
    adminRoute('session', ({ request, identity, now }) =>
      detailResponse(deviceFingerprint(identity.tenantId, sessionOf(request, identity.tenantId, now), now)),
    ),
  ),

  http.get(
    `${SESSION_API}/admin/sessions`,
    adminRoute('session', ({ request, identity, now }) => {
      const query = new QueryReader(request);
      const paging = query.paging();
      const filter = {
        user_id: query.text('user_id'),
        client_id: query.text('client_id'),
        status: query.oneOf('status', SESSION_STATUSES),
        ip: query.text('ip'),
        min_risk: query.integer('min_risk', 0, 100),
      };
      query.done();
      return listResponse(findSessions(identity.tenantId, filter, now), paging, (s) => toSessionItem(s, now));
    }),
  ),

  http.delete(
    `${SESSION_API}/admin/sessions/bulk`,
    adminRoute('session', async ({ request, identity, now }) => {
      const body = await readJson(request);
      const ids = body !== null && typeof body === 'object' ? (body as Record<string, unknown>).session_ids : undefined;
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every((v) => typeof v === 'string')) {
        throw invalidParameters([
          { field: 'session_ids', code: 'required', description: 'session_ids must be a non-empty array of session ids', value: ids ?? null },
        ]);
      }
      if (ids.length > MAX_BULK) {
        throw invalidParameters([
          { field: 'session_ids', code: 'length', description: `at most ${MAX_BULK} session ids per request`, value: ids.length },
        ]);
      }
      return detailResponse({ deleted: endSessions(identity.tenantId, ids as string[], now) });
    }),
  ),

  http.delete(
    `${SESSION_API}/admin/sessions/expired`,
    adminRoute('session', ({ identity, now }) => detailResponse({ deleted: purgeExpiredSessions(identity.tenantId, now) })),
  ),

  http.delete(
    `${SESSION_API}/admin/sessions/user/:userId`,
    adminRoute('session', ({ params, identity, now }) =>
      detailResponse({ deleted: endUserSessions(identity.tenantId, pathParam(params, 'userId'), now) }),
    ),
  ),

  http.get(
    `${SESSION_API}/admin/trusted-devices`,
    adminRoute('session', ({ request, identity, now }) => {
      const query = new QueryReader(request);
      const paging = query.paging();
      const filter = { user_id: query.text('user_id') };
      query.done();
      return listResponse(findTrustedDevices(identity.tenantId, filter, now), paging, toTrustedDeviceItem);
    }),
  ),

  http.delete(
    `${SESSION_API}/admin/trusted-devices/:id`,
    adminRoute('session', ({ params, identity }) => {
      if (!forgetTrustedDevice(identity.tenantId, pathParam(params, 'id'))) {
        throw notFound('trusted device not found', 'error.trusted_device_not_found');
      }
      return noContent();
    }),
  ),

  http.get(
    `${SESSION_API}/admin/tokens/blacklist`,
    adminRoute('session', ({ request, identity }) => {
      const query = new QueryReader(request);
      const paging = query.paging();
      query.done();
      return listResponse(findBlacklist(identity.tenantId), paging, toBlacklistItem);
    }),
  ),

  http.delete(
    `${SESSION_API}/admin/tokens/blacklist/:id`,
    adminRoute('session', ({ params, identity }) => {
      if (!liftBlacklistEntry(identity.tenantId, pathParam(params, 'id'))) {
        throw notFound('blacklist entry not found', 'error.blacklist_entry_not_found');
      }
      return noContent();
    }),
  ),
];

import { http } from 'msw';
import { findActiveClientTokens, findClient, revokeClientTokens, toOAuthTokenItem } from '@/mocks/db';
import { auditClientChange } from './audit';
import { clientNotFound } from './clients';
import { OAUTH_API } from './paths';
import { QueryReader } from './query';
import { detailResponse, listResponse } from './responses';
import { adminRoute, pathParam } from './route';

/** The longest grace period the server accepts: one day. */
export const MAX_GRACE_PERIOD_SECONDS = 86_400;

/** A client's tokens (OAuth service): errors are `SimpleResponse`. */
export const clientTokenHandlers = [
  http.get(
    `${OAUTH_API}/admin/oauth/clients/:clientId/tokens`,
    adminRoute('oauth', ({ request, params, identity, now }) => {
      const query = new QueryReader(request);
      const paging = query.paging();
      query.done();
      const client = findClient(identity.tenantId, pathParam(params, 'clientId'));
      if (!client) throw clientNotFound();
      return listResponse(findActiveClientTokens(identity.tenantId, client.client_id, now), paging, toOAuthTokenItem);
    }),
  ),

  http.delete(
    `${OAUTH_API}/admin/oauth/clients/:clientId/tokens`,
    adminRoute('oauth', (context) => {
      const { request, params, identity, now } = context;
      const query = new QueryReader(request);
      const gracePeriod = query.integer('grace_period', 0, MAX_GRACE_PERIOD_SECONDS) ?? 0;
      query.done();
      const client = findClient(identity.tenantId, pathParam(params, 'clientId'));
      if (!client) throw clientNotFound();
      const counts = revokeClientTokens(identity.tenantId, client.client_id, now, gracePeriod);
      auditClientChange(context, client.client_id, 'client.tokens_revoked', [
        { field: 'active_access_tokens', old: counts.access, new: 0 },
        { field: 'active_refresh_tokens', old: counts.refresh, new: 0 },
        ...(gracePeriod > 0 ? [{ field: 'grace_period', old: null, new: gracePeriod }] : []),
      ]);
      return detailResponse({
        revoked_access_tokens: counts.access,
        revoked_refresh_tokens: counts.refresh,
        grace_period: gracePeriod,
      });
    }),
  ),
];

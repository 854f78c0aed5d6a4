import { http } from 'msw';
import { clientStats, findAuditLogs, findClient, toAuditLogItem } from '@/mocks/db';
import { clientNotFound } from './clients';
import { OAUTH_API } from './paths';
import { QueryReader } from './query';
import { detailResponse, listResponse } from './responses';
import { adminRoute, pathParam } from './route';

const CLIENT = `${OAUTH_API}/admin/oauth/clients/:clientId`;

/**
 * A client's usage and its audit log (SDK routes; bodies assumed as in src/api/schemas/clientUsage.ts and
 * clientHistory.ts). Errors are `SimpleResponse`, as everywhere in the OAuth service.
 */
export const clientUsageHandlers = [
  http.get(
    `${CLIENT}/stats`,
    adminRoute('oauth', ({ params, identity, now }) => {
      const client = findClient(identity.tenantId, pathParam(params, 'clientId'));
      if (!client) throw clientNotFound();
      return detailResponse(clientStats(client, now));
    }),
  ),

  http.get(
    `${CLIENT}/audit-logs`,
    adminRoute('oauth', ({ request, params, identity }) => {
      const query = new QueryReader(request);
      const paging = query.paging();
      const action = query.text('action');
      query.done();
      const client = findClient(identity.tenantId, pathParam(params, 'clientId'));
      if (!client) throw clientNotFound();
      return listResponse(findAuditLogs(identity.tenantId, client.client_id, action), paging, toAuditLogItem);
    }),
  ),
];

import { http } from 'msw';
import { deleteClient, findClient, findClients, toClientItem, updateClient, type ClientStatus } from '../db';
import { notFound } from './errors';
import { parseClientChanges } from './clientUpdate';
import { OAUTH_API } from './paths';
import { QueryReader } from './query';
import { detailResponse, listResponse, noContent } from './responses';
import { adminRoute, pathParam, readJson } from './route';

const CLIENT_STATUSES: readonly ClientStatus[] = ['active', 'suspended'];

export const clientNotFound = () => notFound('client not found or does not belong to the current tenant');

/** OAuth clients (OAuth service): errors are `SimpleResponse`. */
export const clientHandlers = [
  http.get(
    `${OAUTH_API}/admin/oauth/clients`,
    adminRoute('oauth', ({ request, identity }) => {
      const query = new QueryReader(request);
      const paging = query.paging();
      const filter = { name: query.text('name'), status: query.oneOf('status', CLIENT_STATUSES) };
      query.done();
      return listResponse(findClients(identity.tenantId, filter), paging, toClientItem);
    }),
  ),

  http.get(
    `${OAUTH_API}/admin/oauth/clients/:clientId`,
    adminRoute('oauth', ({ params, identity }) => {
      const client = findClient(identity.tenantId, pathParam(params, 'clientId'));
      if (!client) throw clientNotFound();
      return detailResponse(toClientItem(client));
    }),
  ),

  http.put(
    `${OAUTH_API}/admin/oauth/clients/:clientId`,
    adminRoute('oauth', async ({ request, params, identity, now }) => {
      const client = findClient(identity.tenantId, pathParam(params, 'clientId'));
      if (!client) throw clientNotFound();
      const changes = parseClientChanges(await readJson(request));
      return detailResponse(toClientItem(updateClient(client, changes, now)));
    }),
  ),

  http.delete(
    `${OAUTH_API}/admin/oauth/clients/:clientId`,
    adminRoute('oauth', ({ params, identity, now }) => {
      const client = findClient(identity.tenantId, pathParam(params, 'clientId'));
      if (!client) throw clientNotFound();
      deleteClient(client, now);
      return noContent();
    }),
  ),
];

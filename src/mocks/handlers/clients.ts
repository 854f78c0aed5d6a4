import { http, HttpResponse, type PathParams } from 'msw';
import { nowRfc3339 } from '@/mocks/clock';
import { changesBetween, deleteClient, findClient, findClients, snapshot, toClientItem, updateClient, type ClientStatus } from '@/mocks/db';
import { auditClientChange } from './audit';
import { clientRuleViolations, FIELD_PROBLEM_CLIENT_ID, mergedState, redirectHostViolations } from './clientRules';
import { invalidParameters, MockHttpError, notFound } from './errors';
import { parseClientChanges } from './clientUpdate';
import { nextRequestIds } from './ids';
import { OAUTH_API } from './paths';
import { QueryReader } from './query';
import { detailResponse, listResponse, noContent } from './responses';
import { adminRoute, pathParam, readJson } from './route';

const CLIENT_STATUSES: readonly ClientStatus[] = ['active', 'suspended'];

export const clientNotFound = () => notFound('client not found or does not belong to the current tenant');

/** A 400 as an RFC 9457 `Problem` with the field violations (the shape of FIELD_PROBLEM_CLIENT_ID's refusals). */
function fieldProblem(error: MockHttpError, request: Request): Response {
  const ids = nextRequestIds();
  const body = {
    type: 'https://docs.authms.example/problems/invalid-parameter',
    title: 'Bad Request',
    status: 400,
    detail: error.message,
    instance: new URL(request.url).pathname,
    code: 30101001,
    request_id: ids.requestId,
    trace_id: ids.traceId,
    span_id: ids.spanId,
    service: 'oauth',
    timestamp: nowRfc3339(),
    i18n_key: 'error.invalid_parameter',
    i18n_args: {},
    errors: error.violations,
  };
  return new HttpResponse(JSON.stringify(body), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
}

/** adminRoute stamps its own X-Request-Id: a Problem's body carries the same id. */
function withProblemRequestId(
  resolve: (info: { request: Request; params: PathParams }) => Promise<Response>,
): (info: { request: Request; params: PathParams }) => Promise<Response> {
  return async (info) => {
    const response = await resolve(info);
    const requestId = response.headers.get('X-Request-Id');
    if (!requestId || !response.headers.get('Content-Type')?.includes('application/problem+json')) return response;
    const body = { ...((await response.json()) as Record<string, unknown>), request_id: requestId };
    return new HttpResponse(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

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
    withProblemRequestId(
      adminRoute('oauth', async (context) => {
        const { request, params, identity, now } = context;
        const client = findClient(identity.tenantId, pathParam(params, 'clientId'));
        if (!client) throw clientNotFound();
        const asProblem = client.client_id === FIELD_PROBLEM_CLIENT_ID;
        try {
          const changes = parseClientChanges(await readJson(request));
          const state = mergedState(client, changes);
          const violations = [
            ...clientRuleViolations(state),
            ...(asProblem && changes.redirect_uris ? redirectHostViolations(state.redirect_uris) : []),
          ];
          if (violations.length > 0) throw invalidParameters(violations);
          const before = snapshot(client);
          updateClient(client, changes, now);
          auditClientChange(context, client.client_id, 'client.updated', changesBetween(before, snapshot(client)));
          return detailResponse(toClientItem(client));
        } catch (error) {
          if (asProblem && error instanceof MockHttpError && error.kind === 'invalid_parameter') {
            return fieldProblem(error, request);
          }
          throw error;
        }
      }),
    ),
  ),

  http.delete(
    `${OAUTH_API}/admin/oauth/clients/:clientId`,
    adminRoute('oauth', (context) => {
      const { params, identity, now } = context;
      const client = findClient(identity.tenantId, pathParam(params, 'clientId'));
      if (!client) throw clientNotFound();
      deleteClient(client, now);
      auditClientChange(context, client.client_id, 'client.deleted', [{ field: 'status', old: client.status, new: 'deleted' }]);
      return noContent();
    }),
  ),
];

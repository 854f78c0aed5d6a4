import { http, HttpResponse, type PathParams } from 'msw';
import { nowRfc3339, toRfc3339 } from '@/mocks/clock';
import { creationChanges, findClient, toClientItem, type ClientChanges, type MockClient } from '@/mocks/db';
import {
  addClientSecret,
  MAX_ACTIVE_SECRETS,
  CLIENT_ID_PATTERN,
  clientSecrets,
  cloneClient,
  currentSecret,
  deactivateClientSecret,
  draftClient,
  insertClient,
  isClientIdTaken,
  rotateClientSecret,
} from '@/mocks/db/clientLifecycle';
import type { MockClientSecret } from '@/mocks/db/types';
import { auditClientChange } from './audit';
import { clientRuleViolations, mergedState } from './clientRules';
import { clientNotFound } from './clients';
import { parseClientChanges } from './clientUpdate';
import { MockHttpError, notFound, type FieldViolation } from './errors';
import { OAUTH_API } from './paths';
import { QueryReader } from './query';
import { detailResponse, listResponse } from './responses';
import { adminRoute, pathParam, readJson, type RouteContext } from './route';

/*
 * Creating, duplicating, rotating the secret of a client, and its secrets (SDK routes; bodies assumed as in
 * src/api/schemas/clientLifecycle.ts). Errors are `SimpleResponse` as elsewhere in the OAuth service, except one
 * choice: a refused body (400) of create or clone is a `Problem` with `errors[]`, because only that shape can say
 * which field is wrong (the console places each on its input). A taken client_id is 409 `SimpleResponse`.
 */

const CLIENT = `${OAUTH_API}/admin/oauth/clients/:clientId`;

/** 409 `SimpleResponse`: the request conflicts with the current state. */
function conflict(message: string): Response {
  return HttpResponse.json({ code: 409, message, timestamp: nowRfc3339() }, { status: 409 });
}

class FieldProblem extends Error {
  constructor(readonly violations: FieldViolation[]) {
    super(`invalid parameter: ${violations.map((v) => v.description).join('; ')}`);
  }
}

/** A 400 `Problem` (application/problem+json) listing the field violations; request_id is stamped by `withFieldProblems`. */
function fieldProblemResponse(error: FieldProblem, request: Request): Response {
  const body = {
    type: 'https://docs.authms.example/problems/invalid-parameter',
    title: 'Bad Request',
    status: 400,
    detail: error.message,
    instance: new URL(request.url).pathname,
    code: 30101001,
    service: 'oauth',
    timestamp: nowRfc3339(),
    i18n_key: 'error.invalid_parameter',
    i18n_args: {},
    errors: error.violations,
  };
  return new HttpResponse(JSON.stringify(body), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
}

/** An admin route whose FieldProblem becomes a 400 Problem carrying the same request id as its X-Request-Id header. */
function withFieldProblems(resolve: (context: RouteContext) => Promise<Response>) {
  const route = adminRoute('oauth', async (context) => {
    try {
      return await resolve(context);
    } catch (error) {
      if (error instanceof FieldProblem) return fieldProblemResponse(error, context.request);
      // a body that is not JSON (see readJson): the same Problem, on the `body` field
      if (error instanceof MockHttpError && error.kind === 'invalid_parameter' && error.violations.length > 0) {
        return fieldProblemResponse(new FieldProblem(error.violations), context.request);
      }
      throw error;
    }
  });
  return async (info: { request: Request; params: PathParams }): Promise<Response> => {
    const response = await route(info);
    const requestId = response.headers.get('X-Request-Id');
    if (!requestId || !response.headers.get('Content-Type')?.includes('application/problem+json')) return response;
    const body = { ...((await response.json()) as Record<string, unknown>), request_id: requestId };
    return new HttpResponse(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

/** The update fields of a body, their violations collected instead of thrown. */
function readChanges(input: Record<string, unknown>): { changes: ClientChanges; violations: FieldViolation[] } {
  try {
    return { changes: parseClientChanges(input), violations: [] };
  } catch (error) {
    if (error instanceof MockHttpError && error.kind === 'invalid_parameter') return { changes: {}, violations: error.violations };
    throw error;
  }
}

function asObject(body: unknown): Record<string, unknown> {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  throw new FieldProblem([
    { field: 'body', code: 'format', description: 'request body must be a JSON object', value: body ?? null },
  ]);
}

function clientIdViolation(value: unknown): FieldViolation | undefined {
  if (typeof value === 'string' && CLIENT_ID_PATTERN.test(value)) return undefined;
  return {
    field: 'client_id',
    code: 'format',
    description: 'client_id must be 3 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit',
    value,
  };
}

/** `client_secret` joins the client in the answer only when there is one. */
function issuedBody(client: MockClient, secret: string | undefined) {
  return { ...toClientItem(client), ...(secret === undefined ? {} : { client_secret: secret }) };
}

function toSecretItem(secret: MockClientSecret) {
  return {
    id: secret.id,
    last_four: secret.last_four,
    status: secret.status,
    created_at: toRfc3339(secret.created_at),
    ...(secret.deactivated_at === undefined ? {} : { deactivated_at: toRfc3339(secret.deactivated_at) }),
    ...(secret.last_used_at === undefined ? {} : { last_used_at: toRfc3339(secret.last_used_at) }),
  };
}

/** The last four characters of each active secret (a secret itself is never kept). */
function activeLastFours(client: MockClient): string[] {
  return clientSecrets(client)
    .filter((s) => s.status === 'active')
    .map((s) => s.last_four);
}

function requireClient(tenantId: string, params: PathParams): MockClient {
  const client = findClient(tenantId, pathParam(params, 'clientId'));
  if (!client) throw clientNotFound();
  return client;
}

export const clientLifecycleHandlers = [
  http.post(
    `${OAUTH_API}/admin/oauth/clients`,
    withFieldProblems(async (context) => {
      const { request, identity, now } = context;
      const { client_id: clientId, ...fields } = asObject(await readJson(request));
      const { changes, violations } = readChanges(fields);
      if (clientId !== undefined) {
        const problem = clientIdViolation(clientId);
        if (problem) violations.push(problem);
      }
      if (fields.name === undefined) {
        violations.push({ field: 'name', code: 'required', description: 'name is required', value: null });
      }
      if (violations.length > 0 || changes.name === undefined) throw new FieldProblem(violations);
      const draft = draftClient(
        identity.tenantId,
        { client_id: typeof clientId === 'string' ? clientId : undefined, changes: { ...changes, name: changes.name } },
        now,
      );
      const ruleViolations = clientRuleViolations(mergedState(draft, {}));
      if (ruleViolations.length > 0) throw new FieldProblem(ruleViolations);
      if (typeof clientId === 'string' && isClientIdTaken(clientId)) {
        return conflict(`client_id "${clientId}" is already taken`);
      }
      const { client, secret } = insertClient(draft, now);
      auditClientChange(context, client.client_id, 'client.created', creationChanges(client));
      return detailResponse(issuedBody(client, secret), 201);
    }),
  ),

  http.post(
    `${CLIENT}/clone`,
    withFieldProblems(async (context) => {
      const { request, params, identity, now } = context;
      const source = requireClient(identity.tenantId, params);
      const json = await readJson(request);
      const body = json === undefined ? {} : asObject(json);
      const { changes, violations } = readChanges(body.name === undefined ? {} : { name: body.name });
      if (violations.length > 0) throw new FieldProblem(violations);
      const { client, secret } = cloneClient(source, { name: changes.name }, now);
      auditClientChange(context, client.client_id, 'client.created', [
        { field: 'cloned_from', old: null, new: source.client_id },
        ...creationChanges(client),
      ]);
      return detailResponse(issuedBody(client, secret), 201);
    }),
  ),

  http.post(
    `${CLIENT}/rotate-secret`,
    adminRoute('oauth', (context) => {
      const { params, identity, now } = context;
      const client = requireClient(identity.tenantId, params);
      if (!client.is_confidential) {
        throw new MockHttpError('invalid_parameter', 'a public client has no secret to rotate');
      }
      const before = client.secret_last_four ?? null;
      const secret = rotateClientSecret(client, now);
      auditClientChange(context, client.client_id, 'client.secret_rotated', [
        { field: 'secret_last_four', old: before, new: client.secret_last_four ?? null },
      ]);
      return detailResponse({ client_id: client.client_id, client_secret: secret, secret_last_four: client.secret_last_four });
    }),
  ),

  http.get(
    `${CLIENT}/secrets`,
    adminRoute('oauth', ({ request, params, identity }) => {
      const client = requireClient(identity.tenantId, params);
      const query = new QueryReader(request);
      const paging = query.paging();
      query.done();
      return listResponse(clientSecrets(client), paging, toSecretItem);
    }),
  ),

  http.post(
    `${CLIENT}/secrets`,
    adminRoute('oauth', (context) => {
      const { params, identity, now } = context;
      const client = requireClient(identity.tenantId, params);
      if (!client.is_confidential) throw new MockHttpError('invalid_parameter', 'a public client has no secrets');
      const activeBefore = activeLastFours(client);
      const added = addClientSecret(client, now);
      if (!added) return conflict(`a client holds at most ${MAX_ACTIVE_SECRETS} active secrets: deactivate the older one first`);
      auditClientChange(context, client.client_id, 'client.secret_added', [
        { field: 'active_secrets', old: activeBefore, new: activeLastFours(client) },
      ]);
      return detailResponse({ ...toSecretItem(added.item), client_secret: added.secret }, 201);
    }),
  ),

  http.put(
    `${CLIENT}/secrets/:secretId/deactivate`,
    adminRoute('oauth', (context) => {
      const { params, identity, now } = context;
      const client = requireClient(identity.tenantId, params);
      const secret = clientSecrets(client).find((s) => s.id === pathParam(params, 'secretId'));
      if (!secret) throw notFound('secret not found');
      if (secret === currentSecret(client)) {
        return conflict('the current secret cannot be deactivated: rotate the secret instead');
      }
      const activeBefore = activeLastFours(client);
      deactivateClientSecret(secret, now);
      auditClientChange(context, client.client_id, 'client.secret_deactivated', [
        { field: 'active_secrets', old: activeBefore, new: activeLastFours(client) },
      ]);
      return detailResponse(toSecretItem(secret));
    }),
  ),
];

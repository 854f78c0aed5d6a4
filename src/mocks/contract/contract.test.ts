import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { revokeUserResultSchema } from '@/api/revoke';
import { auditLogListSchema } from '@/api/schemas/clientHistory';
import {
  clientSecretItemSchema,
  clientSecretListSchema,
  secretAddedAnswerSchema,
  secretIssuingAnswerSchema,
} from '@/api/schemas/clientLifecycle';
import { clientStatsDetailSchema, clientStatsResponseSchema } from '@/api/schemas/clientUsage';
import {
  clientDetailSchema,
  clientListSchema,
  clientTokenListSchema,
  revokeClientTokensResponseSchema,
} from '@/api/schemas/clients';
import {
  countSchema,
  deletedCountSchema,
  detailEnvelope,
  listEnvelope,
  optNumber,
  optString,
  problemSchema,
  simpleResponseSchema,
} from '@/api/schemas/common';
import { deviceListSchema } from '@/api/schemas/devices';
import {
  deviceFingerprintResponseSchema,
  sessionListSchema,
  sessionRiskResponseSchema,
  sessionStatsResponseSchema,
} from '@/api/schemas/sessions';
import { blacklistListSchema } from '@/api/schemas/tokenBlacklist';
import { tokenConfigResponseSchema } from '@/api/schemas/tokenConfig';
import { introspectionResponseSchema } from '@/api/schemas/tokenIntrospection';
import { trustedDeviceListSchema } from '@/api/schemas/trustedDevices';
import { tokenInfoSchema, tokenListSchema } from '@/api/schemas/tokens';
import { mockClock } from '@/mocks/clock';
import { deviceStatus, findClient, getMockDb, sampleTokenTexts } from '@/mocks/db';
import { clientSecrets, OVERLAP_SECRET_CLIENT_ID } from '@/mocks/db/clientLifecycle';
import { withFaults } from '@/mocks/faults/handlers';
import { FAULT_KINDS, NO_FAULTS, type FaultKind } from '@/mocks/faults/settings';
import { faultStore } from '@/mocks/faults/store';
import { FIELD_PROBLEM_CLIENT_ID } from '@/mocks/handlers/clientRules';
import { handlers } from '@/mocks/handlers';
import { oauthHandlers } from '@/mocks/handlers/oauth';
import { call, OAUTH, SESSION, type CallOptions } from '@/mocks/handlers/testing';
import {
  DEMO_TENANT_ID,
  DEMO_VIEWER_TOKEN,
  FAILING_TOKEN_IDS,
  HOSTILE_CLIENT_ID,
  FAILING_TOKEN_USER_ID,
  HOSTILE_SESSION_ID,
  OTHER_TENANT_CLIENT_IDS,
} from '@/mocks/identities';
import { server } from '@/mocks/node';
import { strictly } from './strictSchema';

/*
 * The mock speaks the contract: every kind of answer it gives, asked for through the MSW handlers as the console
 * asks, is parsed with the schemas the console reads it with (src/api/schemas), made strict: a field the mock
 * renames, adds or types differently fails here, even where the console would quietly ignore it.
 *
 * A new route: add its answers to ANSWERS (success, each error). The last test fails while a handler has none.
 */

/** What a body must be: the console's schema for it, made strict, and the media type it comes as. */
interface BodyRule {
  schema: z.ZodMiniType;
  contentType: 'application/json' | 'application/problem+json';
  /** The console's own schema, when it reads the body with a looser one than the contract's (assumed routes). */
  readBy?: z.ZodMiniType;
  /** More to hold of the body: as the strict schema parsed it, and as the console reads it. */
  check?: (strict: unknown, read: unknown) => void;
}

const json = (schema: z.ZodMiniType, readBy?: z.ZodMiniType): BodyRule => ({ schema, contentType: 'application/json', readBy });
/**
 * An assumed route whose answer the console reads from any of several places (a count, `{deleted}`): the mock's
 * shape is the detail envelope around `data`, and the console must find the number in it.
 */
const countIn = (data: z.ZodMiniType, readBy: z.ZodMiniType): BodyRule => ({
  ...json(detailEnvelope(data), readBy),
  check: (_, read) => expect(read).toEqual(expect.any(Number)),
});
/** The session service's errors, and the OAuth service's refused bodies of create / clone / the field-problem client. */
const PROBLEM: BodyRule = { schema: problemSchema, contentType: 'application/problem+json' };
const PROBLEM_WITH_FIELDS: BodyRule = {
  ...PROBLEM,
  check: (body) => expect((body as z.infer<typeof problemSchema>).errors?.length).toBeGreaterThan(0),
};
/** The OAuth service's errors. */
const SIMPLE = json(simpleResponseSchema);
/** No body (204). */
const NONE = 'none';

interface Answer {
  name: string;
  /** Path after the service prefix, with a query if any; a function when it depends on the data. */
  path: string | (() => string);
  service: 'session' | 'oauth';
  options?: CallOptions;
  status: number;
  body: BodyRule | typeof NONE;
}

const tokenDetailSchema = detailEnvelope(tokenInfoSchema);
const secretListSchema = listEnvelope(clientSecretItemSchema);
const secretDetailSchema = detailEnvelope(clientSecretItemSchema);
/** `POST .../secrets` as the mock answers it: the new secret's item with its text beside it (once). */
const secretAddedSchema = detailEnvelope(
  z.object({ id: optString, last_four: optString, status: optString, created_at: optString, client_secret: optString }),
);

const demo = <T extends { tenant_id: string }>(rows: T[]) => rows.filter((row) => row.tenant_id === DEMO_TENANT_ID);
const firstTokenId = () => demo(getMockDb().tokens).find((t) => t.user_id && !FAILING_TOKEN_IDS.includes(t.id as never))!.id;
const clientWhere = (confidential: boolean) =>
  demo(getMockDb().clients).find((c) => !c.deleted_at && c.is_confidential === confidential)!.client_id;
const deviceWhere = (pending: boolean) =>
  demo(getMockDb().devices).find((d) => (deviceStatus(d, mockClock.now()) === 'pending') === pending)!.device_code;
/** Of the client whose older secret is still active: the current secret, or the older one. */
const secretOf = (current: boolean) => {
  const active = clientSecrets(findClient(DEMO_TENANT_ID, OVERLAP_SECRET_CLIENT_ID)!).filter((s) => s.status === 'active');
  return active[current ? 0 : 1]!.id;
};
const OTHER_CLIENT = OTHER_TENANT_CLIENT_IDS[0];
/** A session with risk factors and a trusted device, so every optional part of its answers is there to check. */
const sessionId = () => {
  const trusted = new Set(getMockDb().trustedDevices.map((device) => device.device_id));
  const rich = demo(getMockDb().sessions).filter((row) => row.risk_factors.length > 0 && row.id !== HOSTILE_SESSION_ID);
  return (rich.find((row) => trusted.has(row.device_id)) ?? rich[0]!).id;
};
const hostileSessionUser = () => getMockDb().sessions.find((row) => row.id === HOSTILE_SESSION_ID)!.user_id;
/** What the mock answers to a write of an assumed session route: the number of records it ended. */
const DELETED = z.object({ deleted: optNumber });
const NO_TOKEN: CallOptions = { token: null };
const VIEWER: CallOptions = { token: DEMO_VIEWER_TOKEN };

const SESSION_ANSWERS: Answer[] = ([
  { name: 'token list', path: '/admin/tokens?page=2&page_size=10&type=access', status: 200, body: json(tokenListSchema) },
  { name: 'token list, empty', path: '/admin/tokens?user_id=nobody', status: 200, body: json(tokenListSchema) },
  { name: 'token list, invalid query', path: '/admin/tokens?page=0&status=gone', status: 400, body: PROBLEM_WITH_FIELDS },
  { name: 'token list, no bearer', path: '/admin/tokens', options: NO_TOKEN, status: 401, body: PROBLEM },
  { name: 'token list, not an admin', path: '/admin/tokens', options: VIEWER, status: 403, body: PROBLEM },
  { name: 'token detail', path: () => `/admin/tokens/${firstTokenId()}`, status: 200, body: json(tokenDetailSchema) },
  { name: 'token detail, unknown', path: '/admin/tokens/tok_unknown', status: 404, body: PROBLEM },
  { name: 'token revoke', path: () => `/admin/tokens/${firstTokenId()}`, options: { method: 'DELETE' }, status: 204, body: NONE },
  { name: 'token revoke, unknown', path: '/admin/tokens/tok_unknown', options: { method: 'DELETE' }, status: 404, body: PROBLEM },
  { name: 'token revoke, server failure', path: `/admin/tokens/${FAILING_TOKEN_IDS[0]}`, options: { method: 'DELETE' }, status: 500, body: PROBLEM },
  {
    name: "a user's session tokens revoked",
    path: '/admin/tokens/revoke-all',
    options: { method: 'POST', body: { user_id: FAILING_TOKEN_USER_ID } },
    status: 200,
    body: json(revokeUserResultSchema),
  },
  { name: 'revoke-all without user_id', path: '/admin/tokens/revoke-all', options: { method: 'POST', body: {} }, status: 400, body: PROBLEM_WITH_FIELDS },
  { name: 'revoke-all, body not JSON', path: '/admin/tokens/revoke-all', options: { method: 'POST', body: '{' }, status: 400, body: PROBLEM_WITH_FIELDS },
  { name: 'session list', path: '/admin/sessions?status=active&min_risk=10&page_size=100', status: 200, body: json(sessionListSchema) },
  { name: 'session list, hostile strings', path: () => `/admin/sessions?user_id=${hostileSessionUser()}`, status: 200, body: json(sessionListSchema) },
  { name: 'session list, invalid query', path: '/admin/sessions?min_risk=101&status=gone', status: 400, body: PROBLEM_WITH_FIELDS },
  { name: 'active session count', path: '/admin/sessions/active-count', status: 200, body: countIn(z.object({ count: optNumber }), countSchema) },
  { name: 'session stats', path: '/admin/sessions/stats', status: 200, body: json(sessionStatsResponseSchema) },
  { name: 'session risk', path: () => `/admin/sessions/risk-score?session_id=${sessionId()}`, status: 200, body: json(sessionRiskResponseSchema) },
  { name: 'session risk without session_id', path: '/admin/sessions/risk-score', status: 400, body: PROBLEM_WITH_FIELDS },
  { name: 'session risk, unknown session', path: '/admin/sessions/risk-score?session_id=ses_unknown', status: 404, body: PROBLEM },
  {
    name: 'device fingerprint',
    path: () => `/admin/sessions/device-fingerprint?session_id=${sessionId()}`,
    status: 200,
    body: json(deviceFingerprintResponseSchema),
  },
  {
    name: 'sessions ended in bulk',
    path: '/admin/sessions/bulk',
    options: { method: 'DELETE', body: { session_ids: [HOSTILE_SESSION_ID] } },
    status: 200,
    body: countIn(DELETED, deletedCountSchema),
  },
  { name: 'sessions ended in bulk, none named', path: '/admin/sessions/bulk', options: { method: 'DELETE', body: { session_ids: [] } }, status: 400, body: PROBLEM_WITH_FIELDS },
  { name: 'expired sessions purged', path: '/admin/sessions/expired', options: { method: 'DELETE' }, status: 200, body: countIn(DELETED, deletedCountSchema) },
  {
    name: "a user's sessions ended",
    path: () => `/admin/sessions/user/${hostileSessionUser()}`,
    options: { method: 'DELETE' },
    status: 200,
    body: countIn(DELETED, deletedCountSchema),
  },
  { name: 'trusted device list', path: '/admin/trusted-devices?page_size=100', status: 200, body: json(trustedDeviceListSchema) },
  { name: 'trusted device list, invalid query', path: '/admin/trusted-devices?page=x', status: 400, body: PROBLEM_WITH_FIELDS },
  { name: 'trusted device forgotten', path: () => `/admin/trusted-devices/${demo(getMockDb().trustedDevices)[0]!.id}`, options: { method: 'DELETE' }, status: 204, body: NONE },
  { name: 'trusted device forgotten, unknown', path: '/admin/trusted-devices/td_unknown', options: { method: 'DELETE' }, status: 404, body: PROBLEM },
  { name: 'token blacklist', path: '/admin/tokens/blacklist?page_size=100', status: 200, body: json(blacklistListSchema) },
  { name: 'blacklist entry lifted', path: () => `/admin/tokens/blacklist/${demo(getMockDb().blacklist)[0]!.id}`, options: { method: 'DELETE' }, status: 204, body: NONE },
  {
    name: 'introspection, active token',
    path: '/admin/tokens/introspect',
    options: { method: 'POST', body: { token: sampleTokenTexts(mockClock.now()).active } },
    status: 200,
    body: { ...json(introspectionResponseSchema), check: (body) => expect(body).toMatchObject({ data: { active: true } }) },
  },
  {
    name: 'introspection, revoked token',
    path: '/admin/tokens/introspect',
    options: { method: 'POST', body: { token: sampleTokenTexts(mockClock.now()).revoked } },
    status: 200,
    body: { ...json(introspectionResponseSchema), check: (body) => expect((body as { data: unknown }).data).toEqual({ active: false }) },
  },
  { name: 'introspection without a token', path: '/admin/tokens/introspect', options: { method: 'POST', body: {} }, status: 400, body: PROBLEM_WITH_FIELDS },
  { name: 'token config', path: '/admin/tokens/config', status: 200, body: json(tokenConfigResponseSchema) },
  {
    name: 'token config saved',
    path: '/admin/tokens/config',
    options: { method: 'PUT', body: { access_token_ttl: 1800 } },
    status: 200,
    body: json(tokenConfigResponseSchema),
  },
  {
    name: 'token config refused',
    path: '/admin/tokens/config',
    options: { method: 'PUT', body: { refresh_token_ttl: 60, access_token_ttl: 3600 } },
    status: 400,
    body: PROBLEM_WITH_FIELDS,
  },
  { name: 'token config reset', path: '/admin/tokens/config', options: { method: 'DELETE' }, status: 200, body: json(tokenConfigResponseSchema) },
  { name: 'blacklist entry lifted, unknown', path: '/admin/tokens/blacklist/bl_unknown', options: { method: 'DELETE' }, status: 404, body: PROBLEM },
] satisfies Omit<Answer, 'service'>[]).map((answer) => ({ ...answer, service: 'session' }));

const OAUTH_ANSWERS: Answer[] = ([
  { name: 'client list', path: '/admin/oauth/clients?status=active&page_size=50', status: 200, body: json(clientListSchema) },
  { name: 'client list, invalid query', path: '/admin/oauth/clients?page_size=500', status: 400, body: SIMPLE },
  { name: 'client list, no bearer', path: '/admin/oauth/clients', options: NO_TOKEN, status: 401, body: SIMPLE },
  { name: 'client list, not an admin', path: '/admin/oauth/clients', options: VIEWER, status: 403, body: SIMPLE },
  { name: 'client detail', path: '/admin/oauth/clients/acme-web-portal', status: 200, body: json(clientDetailSchema) },
  { name: 'client detail, other tenant', path: `/admin/oauth/clients/${OTHER_CLIENT}`, status: 404, body: SIMPLE },
  {
    name: 'client update',
    path: '/admin/oauth/clients/acme-web-portal',
    options: { method: 'PUT', body: { name: 'Acme Web', scopes: ['openid', 'profile'] } },
    status: 200,
    body: json(clientDetailSchema),
  },
  {
    name: 'client update, refused',
    path: '/admin/oauth/clients/acme-web-portal',
    options: { method: 'PUT', body: { status: 'retired' } },
    status: 400,
    body: SIMPLE,
  },
  {
    name: 'client update, refused with field problems',
    path: `/admin/oauth/clients/${FIELD_PROBLEM_CLIENT_ID}`,
    options: { method: 'PUT', body: { redirect_uris: ['https://elsewhere.example/cb'] } },
    status: 400,
    body: PROBLEM_WITH_FIELDS,
  },
  { name: 'client delete', path: '/admin/oauth/clients/acme-web-portal', options: { method: 'DELETE' }, status: 204, body: NONE },
  { name: 'client delete, other tenant', path: `/admin/oauth/clients/${OTHER_CLIENT}`, options: { method: 'DELETE' }, status: 404, body: SIMPLE },
  {
    name: 'client create',
    path: '/admin/oauth/clients',
    options: { method: 'POST', body: { client_id: 'contract-check', name: 'Contract check', is_confidential: true, grant_types: ['client_credentials'] } },
    status: 201,
    body: json(secretIssuingAnswerSchema),
  },
  { name: 'client create, refused', path: '/admin/oauth/clients', options: { method: 'POST', body: { client_id: '!' } }, status: 400, body: PROBLEM_WITH_FIELDS },
  {
    name: 'client create, client_id taken',
    path: '/admin/oauth/clients',
    options: { method: 'POST', body: { client_id: 'acme-web-portal', name: 'Again', grant_types: ['client_credentials'], is_confidential: true } },
    status: 409,
    body: SIMPLE,
  },
  { name: 'client clone', path: '/admin/oauth/clients/acme-web-portal/clone', options: { method: 'POST', body: { name: 'Copy' } }, status: 201, body: json(secretIssuingAnswerSchema) },
  { name: 'client clone, refused', path: '/admin/oauth/clients/acme-web-portal/clone', options: { method: 'POST', body: [] }, status: 400, body: PROBLEM_WITH_FIELDS },
  { name: 'client clone, other tenant', path: `/admin/oauth/clients/${OTHER_CLIENT}/clone`, options: { method: 'POST' }, status: 404, body: SIMPLE },
  {
    name: 'secret rotation',
    path: () => `/admin/oauth/clients/${clientWhere(true)}/rotate-secret`,
    options: { method: 'POST' },
    status: 200,
    body: json(secretIssuingAnswerSchema),
  },
  {
    name: 'secret rotation of a public client',
    path: () => `/admin/oauth/clients/${clientWhere(false)}/rotate-secret`,
    options: { method: 'POST' },
    status: 400,
    body: SIMPLE,
  },
  { name: 'secret list', path: `/admin/oauth/clients/${OVERLAP_SECRET_CLIENT_ID}/secrets`, status: 200, body: json(secretListSchema, clientSecretListSchema) },
  { name: 'secret list, other tenant', path: `/admin/oauth/clients/${OTHER_CLIENT}/secrets`, status: 404, body: SIMPLE },
  {
    name: 'secret deactivation',
    path: () => `/admin/oauth/clients/${OVERLAP_SECRET_CLIENT_ID}/secrets/${secretOf(false)}/deactivate`,
    options: { method: 'PUT' },
    status: 200,
    body: json(secretDetailSchema),
  },
  {
    name: 'secret deactivation of the current secret',
    path: () => `/admin/oauth/clients/${OVERLAP_SECRET_CLIENT_ID}/secrets/${secretOf(true)}/deactivate`,
    options: { method: 'PUT' },
    status: 409,
    body: SIMPLE,
  },
  {
    name: 'second secret added',
    path: '/admin/oauth/clients/acme-web-portal/secrets',
    options: { method: 'POST' },
    status: 201,
    body: {
      ...json(secretAddedSchema, secretAddedAnswerSchema),
      check: (_, read) => expect((read as { data?: { client_secret?: string } }).data?.client_secret).toMatch(/^\w{40}$/),
    },
  },
  {
    name: 'second secret, the client holds two active already',
    path: `/admin/oauth/clients/${OVERLAP_SECRET_CLIENT_ID}/secrets`,
    options: { method: 'POST' },
    status: 409,
    body: SIMPLE,
  },
  {
    name: 'second secret of a public client',
    path: () => `/admin/oauth/clients/${clientWhere(false)}/secrets`,
    options: { method: 'POST' },
    status: 400,
    body: SIMPLE,
  },
  { name: 'secret deactivation, unknown', path: `/admin/oauth/clients/${OVERLAP_SECRET_CLIENT_ID}/secrets/sec_unknown/deactivate`, options: { method: 'PUT' }, status: 404, body: SIMPLE },
  { name: "a client's tokens", path: '/admin/oauth/clients/acme-web-portal/tokens?page_size=10', status: 200, body: json(clientTokenListSchema) },
  { name: "a client's tokens, other tenant", path: `/admin/oauth/clients/${OTHER_CLIENT}/tokens`, status: 404, body: SIMPLE },
  {
    name: "a client's tokens revoked",
    path: '/admin/oauth/clients/acme-web-portal/tokens?grace_period=300',
    options: { method: 'DELETE' },
    status: 200,
    body: json(revokeClientTokensResponseSchema),
  },
  {
    name: "a client's tokens revoked, grace period out of range",
    path: '/admin/oauth/clients/acme-web-portal/tokens?grace_period=-1',
    options: { method: 'DELETE' },
    status: 400,
    body: SIMPLE,
  },
  {
    name: "a user's OAuth tokens revoked",
    path: `/admin/oauth/tokens/user/${FAILING_TOKEN_USER_ID}`,
    options: { method: 'DELETE' },
    status: 200,
    body: json(revokeUserResultSchema),
  },
  { name: "a client's usage", path: '/admin/oauth/clients/acme-web-portal/stats', status: 200, body: json(clientStatsDetailSchema, clientStatsResponseSchema) },
  { name: "a client's usage, other tenant", path: `/admin/oauth/clients/${OTHER_CLIENT}/stats`, status: 404, body: SIMPLE },
  {
    name: "a client's history",
    path: '/admin/oauth/clients/billing-service/audit-logs?page_size=50',
    status: 200,
    body: { ...json(auditLogListSchema), check: (strict) => expect((strict as { items: unknown[] }).items.length).toBeGreaterThan(1) },
  },
  { name: "a client's history, one action", path: '/admin/oauth/clients/billing-service/audit-logs?action=client.updated', status: 200, body: json(auditLogListSchema) },
  { name: "a client's history, hostile strings", path: `/admin/oauth/clients/${HOSTILE_CLIENT_ID}/audit-logs`, status: 200, body: json(auditLogListSchema) },
  { name: "a client's history, invalid query", path: '/admin/oauth/clients/billing-service/audit-logs?page=0', status: 400, body: SIMPLE },
  { name: "a client's history, other tenant", path: `/admin/oauth/clients/${OTHER_CLIENT}/audit-logs`, status: 404, body: SIMPLE },
  { name: 'device session list', path: '/admin/oauth/devices?page_size=100', status: 200, body: json(deviceListSchema) },
  { name: 'device session list, invalid query', path: '/admin/oauth/devices?status=approved', status: 400, body: SIMPLE },
  { name: 'device session ended', path: () => `/admin/oauth/devices/${deviceWhere(true)}`, options: { method: 'DELETE' }, status: 204, body: NONE },
  { name: 'device session ended, not pending', path: () => `/admin/oauth/devices/${deviceWhere(false)}`, options: { method: 'DELETE' }, status: 409, body: SIMPLE },
  { name: 'device session ended, unknown', path: '/admin/oauth/devices/unknown', options: { method: 'DELETE' }, status: 404, body: SIMPLE },
] satisfies Omit<Answer, 'service'>[]).map((answer) => ({ ...answer, service: 'oauth' }));

const ANSWERS = [...SESSION_ANSWERS, ...OAUTH_ANSWERS];

async function expectContract(answer: Answer) {
  const path = typeof answer.path === 'function' ? answer.path() : answer.path;
  const result = await call((answer.service === 'session' ? SESSION : OAUTH) + path, answer.options);
  expect(result.status, result.text).toBe(answer.status);
  if (answer.body === NONE) {
    expect(result.text).toBe('');
    return;
  }
  expect(result.headers.get('content-type')).toContain(answer.body.contentType);
  const parsed = strictly(answer.body.schema).safeParse(result.body);
  // the issues name the path of each field that drifted
  expect(parsed.error?.issues ?? []).toEqual([]);
  const read = (answer.body.readBy ?? answer.body.schema).safeParse(result.body);
  expect(read.success).toBe(true);
  answer.body.check?.(parsed.data, read.data);
}

describe('the mock answers as the contract says', () => {
  it.each(ANSWERS.map((answer) => [`${answer.service}: ${answer.name} (${answer.status})`, answer] as const))('%s', async (_, answer) => {
    await expectContract(answer);
  });
});

/** The demo's fault panel makes its failures inside the mock: they too come in the service's own error shape. */
describe('the failures the fault panel makes', () => {
  afterEach(() => faultStore.set(NO_FAULTS));

  const jsonFaults = FAULT_KINDS.filter((kind): kind is Exclude<FaultKind, 'bad-gateway' | 'network' | 'malformed-json'> =>
    !['bad-gateway', 'network', 'malformed-json'].includes(kind),
  );
  const cases = jsonFaults.flatMap((kind) => [
    { kind, service: 'session' as const, path: '/admin/tokens', body: PROBLEM },
    { kind, service: 'oauth' as const, path: '/admin/oauth/clients', body: SIMPLE },
  ]);
  it.each(cases.map((c) => [`${c.service}: ${c.kind}`, c] as const))('%s', async (_, fault) => {
    server.use(...withFaults([]));
    faultStore.arm({ kind: fault.kind, target: 'any', remaining: 1 });
    const result = await call((fault.service === 'session' ? SESSION : OAUTH) + fault.path);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.headers.get('content-type')).toContain(fault.body.contentType);
    expect(strictly(fault.body.schema).safeParse(result.body).error?.issues ?? []).toEqual([]);
  });
});

// runs last (a file's tests run in order): by now every handler must have answered one of the requests above
it('has answers above for every route the mock serves', () => {
  // the console's own sign-in (OAuth protocol endpoints) answers as the RFCs say and is read by oauth4webapi, not by
  // these schemas: src/mocks/handlers/oauth.test.ts asks those
  const protocol = new Set<unknown>(oauthHandlers);
  const unasked = handlers.filter((handler) => !handler.isUsed && !protocol.has(handler)).map((handler) => handler.info.header);
  expect(unasked).toEqual([]);
});

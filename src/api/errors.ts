import type { z } from 'zod/mini';
import { problemSchema, simpleResponseSchema, type FieldViolation } from './schemas/common';

/**
 * What went wrong, in one of six ways:
 * - `http`: the server answered with an error status and a JSON body (`Problem` or `SimpleResponse`);
 * - `invalid-body`: an error status or a success whose body is not JSON (a proxy's HTML page, truncated JSON);
 * - `schema`: a success body that is JSON but not of the documented shape;
 * - `network`: no answer at all (offline, DNS, CORS refused);
 * - `timeout`: no answer in time;
 * - `aborted`: the caller cancelled (React Query does when a query is no longer needed).
 */
export type ApiErrorKind = 'http' | 'invalid-body' | 'schema' | 'network' | 'timeout' | 'aborted';
export type ErrorShape = 'problem' | 'simple' | 'none';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  shape?: ErrorShape;
  code?: number | string;
  requestId?: string;
  traceId?: string;
  i18nKey?: string;
  i18nArgs?: Record<string, unknown>;
  retryAfter?: number;
  violations?: FieldViolation[];
  /** For `schema`: the path of the first field that failed, e.g. `items[3].status`. */
  field?: string;
  method?: string;
  url?: string;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly shape: ErrorShape;
  readonly code?: number | string;
  readonly requestId?: string;
  readonly traceId?: string;
  readonly i18nKey?: string;
  readonly i18nArgs?: Record<string, unknown>;
  readonly retryAfter?: number;
  readonly violations: FieldViolation[];
  readonly field?: string;
  readonly method?: string;
  readonly url?: string;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.shape = init.shape ?? 'none';
    this.code = init.code;
    this.requestId = init.requestId;
    this.traceId = init.traceId;
    this.i18nKey = init.i18nKey;
    this.i18nArgs = init.i18nArgs;
    this.retryAfter = init.retryAfter;
    this.violations = init.violations ?? [];
    this.field = init.field;
    this.method = init.method;
    this.url = init.url;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface RequestContext {
  method: string;
  url: string;
}

function parseRetryAfterHeader(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function looksLikeProblem(body: Record<string, unknown>): boolean {
  return ['type', 'title', 'detail', 'request_id', 'errors', 'i18n_key', 'instance'].some((k) => k in body);
}

/** Builds the ApiError of an error status from the raw body text, whichever shape it has. */
export function apiErrorFromResponse(
  status: number,
  bodyText: string,
  headers: Headers,
  context: RequestContext,
): ApiError {
  const retryAfterHeader = parseRetryAfterHeader(headers.get('Retry-After'));
  const requestIdHeader = headers.get('X-Request-Id') ?? undefined;
  let json: unknown;
  try {
    json = bodyText.trim() === '' ? undefined : JSON.parse(bodyText);
  } catch {
    return new ApiError({
      kind: 'invalid-body',
      status,
      message: `The server answered ${status} with a body that is not JSON.`,
      retryAfter: retryAfterHeader,
      requestId: requestIdHeader,
      ...context,
    });
  }
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const body = json as Record<string, unknown>;
    if (looksLikeProblem(body)) {
      const parsed = problemSchema.safeParse(body);
      if (parsed.success) {
        const p = parsed.data;
        return new ApiError({
          kind: 'http',
          shape: 'problem',
          status: p.status ?? status,
          message: p.detail ?? p.title ?? `Request failed with status ${status}.`,
          code: p.code,
          requestId: p.request_id ?? requestIdHeader,
          traceId: p.trace_id,
          i18nKey: p.i18n_key,
          i18nArgs: p.i18n_args,
          retryAfter: p.retry_after ?? retryAfterHeader,
          violations: p.errors,
          ...context,
        });
      }
    }
    const simple = simpleResponseSchema.safeParse(body);
    if (simple.success) {
      return new ApiError({
        kind: 'http',
        shape: 'simple',
        status,
        message: simple.data.message ?? `Request failed with status ${status}.`,
        code: simple.data.code,
        requestId: requestIdHeader,
        retryAfter: retryAfterHeader,
        ...context,
      });
    }
  }
  return new ApiError({
    kind: 'http',
    status,
    message: `Request failed with status ${status}.`,
    requestId: requestIdHeader,
    retryAfter: retryAfterHeader,
    ...context,
  });
}

/** Formats a zod issue path as `items[3].status`. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return acc === '' ? name : `${acc}.${name}`;
  }, '');
}

export function apiErrorFromSchema(error: z.core.$ZodError, status: number, context: RequestContext): ApiError {
  const issue = error.issues[0];
  const field = issue ? formatIssuePath(issue.path) : '';
  return new ApiError({
    kind: 'schema',
    status,
    field: field || undefined,
    message: `The server's answer does not have the expected shape${field ? ` (field "${field}": ${issue?.message ?? 'invalid'})` : ''}.`,
    ...context,
  });
}

/**
 * 404, 405 or 501 from a route whose body the contract marks as assumed: this server does not offer the route.
 * The console says so in place and keeps working, instead of reporting a failure.
 */
export function isRouteMissing(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && (error.status === 404 || error.status === 405 || error.status === 501);
}

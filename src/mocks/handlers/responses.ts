import { HttpResponse } from 'msw';
import { nowRfc3339 } from '@/mocks/clock';
import type { ErrorKind, MockHttpError } from './errors';
import type { RequestIds } from './ids';

export type Service = 'session' | 'oauth';

export interface PageInfo {
  page: number;
  page_size: number;
  total: number;
  total_pages: number;
  has_next: boolean;
  has_prev: boolean;
}

export interface Paging {
  page: number;
  pageSize: number;
}

/** One page of `all` plus its PageInfo; correct beyond the last page and for zero results. */
export function paginate<T>(all: readonly T[], { page, pageSize }: Paging): { items: T[]; pagination: PageInfo } {
  const total = all.length;
  const totalPages = Math.ceil(total / pageSize);
  const start = (page - 1) * pageSize;
  return {
    items: all.slice(start, start + pageSize),
    pagination: {
      page,
      page_size: pageSize,
      total,
      total_pages: totalPages,
      has_next: page < totalPages,
      has_prev: page > 1,
    },
  };
}

/** The list envelope: `{ code, message, timestamp, items, total, pagination }`. */
export function listResponse<T, U>(all: readonly T[], paging: Paging, toItem: (item: T) => U): Response {
  const { items, pagination } = paginate(all, paging);
  return HttpResponse.json({
    code: 0,
    message: 'ok',
    timestamp: nowRfc3339(),
    items: items.map(toItem),
    total: pagination.total,
    pagination,
  });
}

/** The detail envelope: `{ code, message, timestamp, data }`. */
export function detailResponse<T>(data: T, status = 200): Response {
  return HttpResponse.json({ code: 0, message: 'ok', timestamp: nowRfc3339(), data }, { status });
}

export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

const PROBLEM: Record<ErrorKind, { code: number; title: string; i18nKey: string; slug: string }> = {
  invalid_parameter: { code: 30101001, title: 'Bad Request', i18nKey: 'error.invalid_parameter', slug: 'invalid-parameter' },
  unauthenticated: { code: 30101002, title: 'Unauthorized', i18nKey: 'error.unauthenticated', slug: 'unauthenticated' },
  forbidden: { code: 30101003, title: 'Forbidden', i18nKey: 'error.forbidden', slug: 'forbidden' },
  not_found: { code: 30101004, title: 'Not Found', i18nKey: 'error.not_found', slug: 'not-found' },
  internal: { code: 30109999, title: 'Internal Server Error', i18nKey: 'error.internal', slug: 'internal' },
};

/** RFC 9457 style `Problem` of the session service, as `application/problem+json`. */
export function problemResponse(error: MockHttpError, request: Request, ids: RequestIds): Response {
  const meta = PROBLEM[error.kind];
  const body = {
    type: `https://docs.authms.example/problems/${meta.slug}`,
    title: meta.title,
    status: error.status,
    detail: error.message,
    instance: new URL(request.url).pathname,
    code: meta.code,
    request_id: ids.requestId,
    trace_id: ids.traceId,
    span_id: ids.spanId,
    service: 'session',
    timestamp: nowRfc3339(),
    i18n_key: error.i18nKey ?? meta.i18nKey,
    i18n_args: {},
    ...(error.violations.length > 0 ? { errors: error.violations } : {}),
  };
  return new HttpResponse(JSON.stringify(body), {
    status: error.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** `SimpleResponse` of the OAuth service: `{ code, message, timestamp }`. */
export function simpleErrorResponse(error: MockHttpError): Response {
  return HttpResponse.json(
    { code: error.status, message: error.message, timestamp: nowRfc3339() },
    { status: error.status },
  );
}

export function errorResponse(service: Service, error: MockHttpError, request: Request, ids: RequestIds): Response {
  const response = service === 'session' ? problemResponse(error, request, ids) : simpleErrorResponse(error);
  if (error.status === 401) response.headers.set('WWW-Authenticate', 'Bearer realm="authms", error="invalid_token"');
  return response;
}

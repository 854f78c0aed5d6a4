/** Helpers for the mock backend's own tests: plain fetch against the full paths, as the console calls them. */
import { expect } from 'vitest';
import { DEMO_ADMIN_TOKEN } from '@/mocks/identities';

export const TEST_ORIGIN = 'http://authms.test';
export const SESSION = `${TEST_ORIGIN}/session/api/v1`;
export const OAUTH = `${TEST_ORIGIN}/oauth/api/v1`;

export interface CallOptions {
  /** Bearer token; `null` sends no Authorization header. Defaults to the demo admin. */
  token?: string | null;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** JSON-encoded unless already a string. */
  body?: unknown;
}

export interface CallResult<T> {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when empty. */
  body: T;
  text: string;
}

export async function call<T = unknown>(url: string, options: CallOptions = {}): Promise<CallResult<T>> {
  const token = options.token === undefined ? DEMO_ADMIN_TOKEN : options.token;
  const headers: Record<string, string> = {};
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text === '' ? undefined : JSON.parse(text)) as T,
    text,
  };
}

export interface PageInfoBody {
  page: number;
  page_size: number;
  total: number;
  total_pages: number;
  has_next: boolean;
  has_prev: boolean;
}

export interface ListBody<T> {
  code: number;
  message: string;
  timestamp: string;
  items: T[];
  total: number;
  pagination: PageInfoBody;
}

export interface DetailBody<T> {
  code: number;
  message: string;
  timestamp: string;
  data: T;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: number;
  request_id: string;
  trace_id: string;
  span_id: string;
  service: string;
  timestamp: string;
  i18n_key: string;
  errors?: Array<{ field: string; code: string; description: string; value: unknown }>;
}

export interface SimpleBody {
  code: number;
  message: string;
  timestamp: string;
}

export const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Every list answer: the envelope's arithmetic is right for this page. */
export function expectConsistentPage(body: ListBody<unknown>, page: number, pageSize: number): void {
  const { pagination } = body;
  expect(body.code).toBe(0);
  expect(body.message).toBe('ok');
  expect(body.timestamp).toMatch(RFC3339_UTC);
  expect(body.total).toBe(pagination.total);
  expect(pagination.page).toBe(page);
  expect(pagination.page_size).toBe(pageSize);
  expect(pagination.total_pages).toBe(Math.ceil(pagination.total / pageSize));
  expect(pagination.has_next).toBe(page < pagination.total_pages);
  expect(pagination.has_prev).toBe(page > 1);
  const expectedCount = Math.max(0, Math.min(pageSize, pagination.total - (page - 1) * pageSize));
  expect(body.items).toHaveLength(expectedCount);
}

/** A session-service error: `Problem` as application/problem+json. */
export function expectProblem(result: CallResult<unknown>, status: number, i18nKey: string): ProblemBody {
  expect(result.status).toBe(status);
  expect(result.headers.get('content-type')).toContain('application/problem+json');
  const body = result.body as ProblemBody;
  expect(body).toMatchObject({ status, service: 'session', i18n_key: i18nKey });
  expect(typeof body.type).toBe('string');
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(body.instance).toMatch(/^\/session\/api\/v1\//);
  expect(typeof body.code).toBe('number');
  expect(body.request_id).toMatch(/^req_[a-z2-7]{20}$/);
  expect(body.trace_id).toMatch(/^[0-9a-f]{32}$/);
  expect(body.timestamp).toMatch(RFC3339_UTC);
  expect(result.headers.get('x-request-id')).toBe(body.request_id);
  return body;
}

/** An OAuth-service error: `SimpleResponse` `{ code, message, timestamp }`, nothing of a Problem. */
export function expectSimple(result: CallResult<unknown>, status: number): SimpleBody {
  expect(result.status).toBe(status);
  expect(result.headers.get('content-type')).toContain('application/json');
  const body = result.body as SimpleBody & Partial<ProblemBody>;
  expect(Object.keys(body).sort()).toEqual(['code', 'message', 'timestamp']);
  expect(typeof body.code).toBe('number');
  expect(body.code).not.toBe(0);
  expect(body.message.length).toBeGreaterThan(0);
  expect(body.timestamp).toMatch(RFC3339_UTC);
  return body;
}

import { z } from 'zod';

/**
 * Every response field of the contract is optional. A real server may also send `null` for a missing value,
 * so optional fields accept null and come out as `undefined`; unknown fields are ignored (zod's default strip).
 */
export function optional<T extends z.ZodType>(schema: T) {
  return schema
    .nullish()
    .transform((value) => value ?? undefined)
    .optional();
}

export const optString = optional(z.string());
export const optNumber = optional(z.number());
export const optBoolean = optional(z.boolean());
export const optStringArray = optional(z.array(z.string()));

export const pageInfoSchema = z.object({
  page: optNumber,
  page_size: optNumber,
  total: optNumber,
  total_pages: optNumber,
  has_next: optBoolean,
  has_prev: optBoolean,
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

/** The list envelope of every list endpoint: items, the flattened total and PageInfo. */
export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.object({
    code: optNumber,
    message: optString,
    timestamp: optString,
    items: optional(z.array(item)).transform((items) => items ?? []),
    total: optNumber,
    pagination: optional(pageInfoSchema),
  });
}

/** The detail envelope: `{ code, message, timestamp, data }`. */
export function detailEnvelope<T extends z.ZodType>(data: T) {
  return z.object({
    code: optNumber,
    message: optString,
    timestamp: optString,
    data: optional(data),
  });
}

export const fieldViolationSchema = z.object({
  field: optString,
  code: optString,
  description: optString,
  value: z.unknown().optional(),
});
export type FieldViolation = z.infer<typeof fieldViolationSchema>;

/** `Problem` (RFC 9457 style), used by the session service. */
export const problemSchema = z.object({
  type: optString,
  title: optString,
  status: optNumber,
  detail: optString,
  instance: optString,
  code: optional(z.union([z.number(), z.string()])),
  request_id: optString,
  trace_id: optString,
  span_id: optString,
  service: optString,
  timestamp: optString,
  retry_after: optNumber,
  i18n_key: optString,
  i18n_args: optional(z.record(z.string(), z.unknown())),
  errors: optional(z.array(fieldViolationSchema)),
});
export type Problem = z.infer<typeof problemSchema>;

/** `SimpleResponse`, used by the OAuth service for errors. */
export const simpleResponseSchema = z.object({
  code: optional(z.union([z.number(), z.string()])),
  message: optString,
  timestamp: optString,
});
export type SimpleResponse = z.infer<typeof simpleResponseSchema>;

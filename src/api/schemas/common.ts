import * as z from 'zod/mini';

/** `schema`, then `fn` on what it parsed (classic zod's `.transform`). */
export function transformed<T extends z.ZodMiniType, O>(schema: T, fn: (value: z.output<T>) => O) {
  return z.pipe(schema, z.transform(fn));
}

/**
 * Every response field of the contract is optional. A real server may also send `null` for a missing value,
 * so optional fields accept null and come out as `undefined`; unknown fields are ignored (zod's default strip).
 */
export function optional<T extends z.ZodMiniType>(schema: T) {
  return z.optional(transformed(z.nullish(schema), (value) => value ?? undefined));
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
export function listEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.object({
    code: optNumber,
    message: optString,
    timestamp: optString,
    items: transformed(optional(z.array(item)), (items) => items ?? []),
    total: optNumber,
    pagination: optional(pageInfoSchema),
  });
}

/** The detail envelope: `{ code, message, timestamp, data }`. */
export function detailEnvelope<T extends z.ZodMiniType>(data: T) {
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
  value: z.optional(z.unknown()),
});
export type FieldViolation = z.infer<typeof fieldViolationSchema>;

/**
 * A field that is dropped (undefined, shown as "—") when it has an unexpected type, so one bad field never hides the
 * rest of its record: error bodies, and the bodies the contract marks as assumed.
 */
export function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(optional(schema), undefined);
}

export const looseString = lenient(z.string());
export const looseNumber = lenient(z.number());
export const looseBoolean = lenient(z.boolean());

/**
 * An array whose members that do not parse are dropped, so one bad entry never hides the others. (Each member is
 * caught in the schema itself, not in a transform, so a walk of the schema still sees the item's shape.)
 */
export function looseArray<T extends z.ZodMiniType>(item: T) {
  return lenient(
    transformed(z.array(z.catch(z.optional(item), undefined)), (values) =>
      values.filter((value): value is NonNullable<typeof value> => value !== undefined),
    ),
  );
}

/**
 * A count, in whichever assumed place it comes: `{data: {count}}`, `{data: {total}}`, `{data: N}`, `{total: N}`,
 * `{count: N}` or a bare number; undefined when none holds a number.
 */
export const countSchema = transformed(z.unknown(), (body): number | undefined => {
  const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  const record = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const top = record(body);
  const data = record(top?.data);
  return num(body) ?? num(top?.data) ?? num(data?.count) ?? num(data?.total) ?? num(top?.total) ?? num(top?.count);
});

/** What a write of an assumed route answers: 200 with `{deleted}` (in `data` or at the top) or 204 (no body). */
export const deletedCountSchema = transformed(z.unknown(), (body): number | undefined => {
  const record = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const top = record(body);
  const deleted = record(top?.data)?.deleted ?? top?.deleted;
  return typeof deleted === 'number' && Number.isFinite(deleted) ? deleted : undefined;
});

/** `Problem` (RFC 9457 style), used by the session service. */
export const problemSchema = z.object({
  type: lenient(z.string()),
  title: lenient(z.string()),
  status: lenient(z.number()),
  detail: lenient(z.string()),
  instance: lenient(z.string()),
  code: lenient(z.union([z.number(), z.string()])),
  request_id: lenient(z.string()),
  trace_id: lenient(z.string()),
  span_id: lenient(z.string()),
  service: lenient(z.string()),
  timestamp: lenient(z.string()),
  retry_after: lenient(z.number()),
  i18n_key: lenient(z.string()),
  i18n_args: lenient(z.record(z.string(), z.unknown())),
  errors: lenient(z.array(fieldViolationSchema)),
});
export type Problem = z.infer<typeof problemSchema>;

/** `SimpleResponse`, used by the OAuth service for errors. */
export const simpleResponseSchema = z.object({
  code: lenient(z.union([z.number(), z.string()])),
  message: lenient(z.string()),
  timestamp: lenient(z.string()),
});
export type SimpleResponse = z.infer<typeof simpleResponseSchema>;

import { z } from 'zod';
import { PAGE_SIZES } from './pagination';

/** Search-param parts shared by list pages; an invalid value falls back to its default instead of failing. */
export const pageParam = z.number().int().min(1).optional().catch(undefined);
export const pageSizeParam = z
  .number()
  .refine((v) => (PAGE_SIZES as readonly number[]).includes(v))
  .optional()
  .catch(undefined);
export const textParam = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .transform((v) => (v === '' ? undefined : v))
  .optional()
  .catch(undefined);
export function enumParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}

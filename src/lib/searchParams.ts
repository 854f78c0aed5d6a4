import * as z from 'zod/mini';
import { PAGE_SIZES } from './pagination';

/** Search-param parts shared by list pages; an invalid value falls back to its default instead of failing. */
export const pageParam = z.catch(z.optional(z.int().check(z.minimum(1))), undefined);
export const pageSizeParam = z.catch(
  z.optional(z.number().check(z.refine((v) => (PAGE_SIZES as readonly number[]).includes(v)))),
  undefined,
);
export const textParam = z.catch(
  z.optional(
    z.pipe(
      z.union([z.string(), z.number()]),
      z.transform((v: string | number) => {
        const text = String(v).trim();
        return text === '' ? undefined : text;
      }),
    ),
  ),
  undefined,
);
export function enumParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.catch(z.optional(z.enum(values)), undefined);
}

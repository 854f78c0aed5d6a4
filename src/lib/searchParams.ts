import * as z from 'zod/mini';

/** Filter parts for search schemas (see ./listSearch); an invalid value falls back to absent instead of failing. */
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

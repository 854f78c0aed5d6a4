import * as z from 'zod/mini';

/** The sign-in form: an http(s) base URL (empty = same origin as the console) and a bearer token. */
export const signInSchema = z.object({
  baseUrl: z.string().check(
    z.trim(),
    z.refine((value) => {
      if (value === '') return true;
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    }, 'auth.token.errors.baseUrl'),
  ),
  token: z.string().check(
    z.trim(),
    z.minLength(1, 'auth.token.errors.tokenRequired'),
    z.refine((value) => !/\s/.test(value), 'auth.token.errors.tokenSpaces'),
  ),
});
export type SignInValues = z.infer<typeof signInSchema>;

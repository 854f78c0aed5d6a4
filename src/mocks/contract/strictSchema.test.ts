import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { listEnvelope, optional, optString, problemSchema } from '@/api/schemas/common';
import { authMethodsSchema } from '@/api/schemas/clients';
import { strictly } from './strictSchema';

const item = z.object({ id: optString, tags: optional(z.array(z.object({ name: optString }))) });
const list = listEnvelope(item);

describe('strictly', () => {
  it('accepts what the schema accepts and reads it the same way (null as absent, defaults, transforms)', () => {
    const body = { code: 0, items: [{ id: 'a', tags: [{ name: null }] }], pagination: { page: 1 } };
    expect(strictly(list).parse(body)).toEqual(list.parse(body));
    expect(strictly(list).parse({})).toEqual({ items: [] });
    expect(strictly(authMethodsSchema).parse('["none"]')).toEqual(['none']);
  });

  it('rejects a key the schema does not name, at any depth', () => {
    expect(list.safeParse({ items: [{ id: 'a', tags: [{ nmae: 'x' }] }] }).success).toBe(true);
    expect(strictly(list).safeParse({ items: [{ id: 'a', tags: [{ nmae: 'x' }] }] }).success).toBe(false);
    expect(strictly(list).safeParse({ items: [], totl: 3 }).success).toBe(false);
    expect(strictly(list).safeParse({ items: [], pagination: { pages: 3 } }).success).toBe(false);
  });

  it('rejects a wrongly typed field that the lenient error schemas would drop', () => {
    expect(problemSchema.parse({ status: '404' }).status).toBeUndefined();
    expect(strictly(problemSchema).safeParse({ status: '404' }).success).toBe(false);
    expect(strictly(problemSchema).safeParse({ errors: [{ field: 'name', code: 1 }] }).success).toBe(false);
  });

  it('refuses a kind of schema it cannot walk, rather than leave it lenient', () => {
    expect(() => strictly(z.lazy(() => item))).toThrow(/no rule for a "lazy" schema/);
  });
});

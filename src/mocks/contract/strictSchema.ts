import * as z from 'zod/mini';

type AnySchema = z.ZodMiniType;

/** Schemas with nothing inside to make strict. */
const LEAVES = new Set(['string', 'number', 'boolean', 'unknown', 'any', 'enum', 'literal', 'null', 'undefined', 'transform']);

/** The parts of a zod definition that `strictly` walks into. */
interface WalkedDef {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  element?: AnySchema;
  options?: AnySchema[];
  keyType?: AnySchema;
  valueType?: AnySchema;
}

/**
 * The same schema, made strict at every depth: an object rejects keys it does not name, and a field that the
 * console's schema would quietly drop when wrongly typed (`z.catch`, as error bodies do) fails instead. What the
 * console reads (optional fields, null as absent, transforms) is kept. For tests: the console itself stays lenient.
 */
export function strictly<T extends AnySchema>(schema: T): z.ZodMiniType<z.output<T>> {
  return rebuild(schema) as z.ZodMiniType<z.output<T>>;
}

function rebuild(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as WalkedDef;
  switch (def.type) {
    case 'object':
      return z.strictObject(Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, rebuild(field)])));
    case 'optional':
      return z.optional(rebuild(def.innerType!));
    case 'nullable':
      return z.nullable(rebuild(def.innerType!));
    case 'catch':
      return rebuild(def.innerType!);
    case 'pipe':
      // `out` (a transform, or a schema) takes what `in` gives; only `in` reads the body
      return z.pipe(rebuild(def.in!), def.out as z.ZodMiniType<unknown, unknown>);
    case 'array':
      return z.array(rebuild(def.element!));
    case 'union':
      return z.union(def.options!.map(rebuild));
    case 'record':
      return z.record(def.keyType as z.ZodMiniString, rebuild(def.valueType!));
    default:
      // a kind of schema this walk does not know could hide an object that would then stay lenient
      if (LEAVES.has(def.type)) return schema;
      throw new Error(`strictly: no rule for a "${def.type}" schema; add one`);
  }
}

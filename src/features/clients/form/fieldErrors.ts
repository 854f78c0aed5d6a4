import type { FieldViolation } from '@/api/schemas/common';

export interface MappedFieldError {
  /** The form path of the input, e.g. `redirect_uris.1`. */
  path: string;
  message: string;
}

/**
 * Places the server's field violations (`redirect_uris[1]`, `name`) on the form's inputs. A violation of a field
 * the form does not have, or of a list entry that does not exist, is returned in `unplaced` to show above the form.
 */
export function mapFieldViolations(
  violations: readonly FieldViolation[],
  values: Readonly<Record<string, unknown>>,
): { placed: MappedFieldError[]; unplaced: FieldViolation[] } {
  const placed: MappedFieldError[] = [];
  const unplaced: FieldViolation[] = [];
  for (const violation of violations) {
    const path = toFormPath(violation.field, values);
    const message = violation.description?.trim() || violation.code || '';
    if (path && message) placed.push({ path, message });
    else unplaced.push(violation);
  }
  return { placed, unplaced };
}

/** `redirect_uris[1]` -> `redirect_uris.1`, when the form has that field (and that entry). */
export function toFormPath(field: string | undefined, values: Readonly<Record<string, unknown>>): string | undefined {
  const match = /^([a-z_]+)(?:\[(\d+)\])?$/.exec(field?.trim() ?? '');
  if (!match) return undefined;
  const [, name = '', index] = match;
  if (!Object.hasOwn(values, name)) return undefined;
  const value = values[name];
  if (index === undefined) return name;
  return Array.isArray(value) && Number(index) < value.length ? `${name}.${index}` : undefined;
}

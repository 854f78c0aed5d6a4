import { get, type FieldErrors } from 'react-hook-form';
import type { FieldProblem } from './fields/FieldMessage';

/** The error at a form path (`name`, `redirect_uris.1`), if any. */
export function errorAt(errors: FieldErrors, path: string): FieldProblem | undefined {
  const error = get(errors, path) as FieldProblem | undefined;
  return error?.message ? error : undefined;
}

/** A list's own error (not one of its entries'): the resolver puts it at `<list>.root` when entries have errors too. */
export function listErrorAt(errors: FieldErrors, path: string): FieldProblem | undefined {
  return errorAt(errors, `${path}.root`) ?? errorAt(errors, path);
}

/** How many inputs have an error (list entries count one each). */
export function countErrors(errors: FieldErrors): number {
  let count = 0;
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if ('message' in node && typeof node.message === 'string' && node.message) count += 1;
    for (const [key, child] of Object.entries(node)) if (key !== 'ref') visit(child);
  };
  visit(errors);
  return count;
}

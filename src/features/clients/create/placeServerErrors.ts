import type { UseFormReturn } from 'react-hook-form';
import { isApiError } from '@/api/errors';
import type { FieldViolation } from '@/api/schemas/common';
import type { ClientFormValues, ClientIdFormValues } from '@/features/clients/form/clientFormSchema';
import { mapFieldViolations } from '@/features/clients/form/fieldErrors';

/**
 * Puts a failed create's field errors on the inputs, as editing does: the server's violations on their fields,
 * `client_id` ones and a 409 (a taken client_id) on the client_id input. Answers the violations of fields the form
 * does not have (to list above the form) and the form path to focus.
 */
export function placeServerErrors(
  error: unknown,
  form: UseFormReturn<ClientFormValues>,
  idForm: UseFormReturn<ClientIdFormValues>,
): { unplaced: FieldViolation[]; focus: string | undefined } {
  if (!isApiError(error)) return { unplaced: [], focus: undefined };
  const forId = error.violations.filter((v) => v.field?.trim() === 'client_id');
  const others = error.violations.filter((v) => v.field?.trim() !== 'client_id');
  const { placed, unplaced } = mapFieldViolations(others, form.getValues());
  placed.forEach(({ path, message }) => form.setError(path as keyof ClientFormValues, { type: 'server', message }));

  const idViolation = forId[0]?.description?.trim() || forId[0]?.code;
  if (error.status === 409) idForm.setError('client_id', { type: 'taken', message: 'clients.form.errors.clientIdTaken' });
  else if (idViolation) idForm.setError('client_id', { type: 'server', message: idViolation });

  const idFailed = error.status === 409 || Boolean(idViolation);
  return { unplaced, focus: idFailed ? 'client_id' : placed[0]?.path };
}

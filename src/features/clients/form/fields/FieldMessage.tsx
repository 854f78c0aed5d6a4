import { useLingui } from '@lingui/react';

export interface FieldProblem {
  message?: string;
  type?: string;
}

/** A field's error: our rules give an i18n key; the server's own words (type `server`) are shown as they are. */
export function FieldMessage({ id, error }: { id: string; error: FieldProblem | undefined }) {
  const { _: t } = useLingui();
  if (!error?.message) return null;
  return (
    <p id={id} className="field-error">
      {error.type === 'server' ? t('clients.form.serverSaid', { text: error.message }) : t(error.message)}
    </p>
  );
}

/** The ids an input's `aria-describedby` names: its hint and, when there is one, its error. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

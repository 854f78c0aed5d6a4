import { useLingui } from '@lingui/react';

/** A field's problem: our rules give an i18n key (with the field's maximum); the server's own words are shown as they are. */
export function FieldError({ id, error, max }: { id: string; error: { message?: string; type?: string } | undefined; max: string }) {
  const { _: t } = useLingui();
  if (!error?.message) return null;
  return (
    <p id={id} className="field-error">
      {error.type === 'server' ? t('tools.lifetimes.serverSaid', { text: error.message }) : t(error.message, { max })}
    </p>
  );
}

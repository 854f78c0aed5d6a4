import { useLingui } from '@lingui/react';

export interface FieldProblem {
  message?: string;
  type?: string;
  /** Every message of the field (the forms validate with `criteriaMode: 'all'`), by the kind of rule. */
  types?: Record<string, unknown>;
}

/** Every message id of a field's error, in order and once each: one input may break several rules. */
export function fieldMessages(error: FieldProblem | undefined): string[] {
  if (!error?.message) return [];
  const all = Object.values(error.types ?? {}).flatMap((value) => (Array.isArray(value) ? value : [value]));
  const messages = [error.message, ...all.filter((value): value is string => typeof value === 'string')];
  return [...new Set(messages)];
}

/**
 * A field's error, each rule it breaks on its own line: our rules give message ids; the server's own words (type
 * `server`) are shown as they are.
 */
export function FieldMessage({ id, error }: { id: string; error: FieldProblem | undefined }) {
  const { _: t } = useLingui();
  const messages = fieldMessages(error);
  if (messages.length === 0) return null;
  if (error?.type === 'server') {
    return (
      <p id={id} className="field-error">
        {t('clients.form.serverSaid', { text: messages[0] })}
      </p>
    );
  }
  if (messages.length === 1) {
    return (
      <p id={id} className="field-error">
        {t(messages[0] as string)}
      </p>
    );
  }
  return (
    <ul id={id} className="field-error field-error-list">
      {messages.map((message) => (
        <li key={message}>{t(message)}</li>
      ))}
    </ul>
  );
}

/** The ids an input's `aria-describedby` names: its hint and, when there is one, its error. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

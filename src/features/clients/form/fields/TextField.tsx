import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, FieldMessage, type FieldProblem } from './FieldMessage';

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: FieldProblem;
  registration: UseFormRegisterReturn;
  type?: 'text' | 'url';
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
}

export function TextField({ id, label, hint, error, registration, type = 'text', placeholder, multiline, rows = 6 }: TextFieldProps) {
  const props = {
    id,
    placeholder,
    spellCheck: false,
    'aria-invalid': error?.message ? true : undefined,
    'aria-describedby': describedBy(hint && `${id}-hint`, error?.message && `${id}-error`),
    ...registration,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={rows} className="mono" {...props} /> : <input type={type} autoComplete="off" {...props} />}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} error={error} />
    </div>
  );
}

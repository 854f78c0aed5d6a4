import type { Ref } from 'react';
import { useLingui } from '@lingui/react';
import { describedBy, FieldMessage, type FieldProblem } from './FieldMessage';

export interface CheckboxOption {
  value: string;
  label: string;
}

interface CheckboxGroupProps {
  id: string;
  legend: string;
  hint?: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  onBlur: () => void;
  error?: FieldProblem;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A choice of known values; values the server returned that we do not know are listed too, checked, so that
 * saving keeps them unless the admin unticks them.
 */
export function CheckboxGroup({ id, legend, hint, options, value, onChange, onBlur, error, inputRef }: CheckboxGroupProps) {
  const { _: t } = useLingui();
  const known = new Set(options.map((o) => o.value));
  const all = [...options, ...value.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v, unknown: true }))];
  const toggle = (option: string, checked: boolean) => {
    // keep the server's order for what stays; a newly ticked value goes last
    onChange(checked ? [...value.filter((v) => v !== option), option] : value.filter((v) => v !== option));
  };
  return (
    <fieldset
      className="field checkbox-group"
      aria-describedby={describedBy(hint && `${id}-hint`, error?.message && `${id}-error`)}
      aria-invalid={error?.message ? true : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {all.map((option, index) => (
        <label key={option.value} className="checkbox">
          <input
            ref={index === 0 ? inputRef : undefined}
            type="checkbox"
            name={id}
            value={option.value}
            checked={value.includes(option.value)}
            onChange={(e) => toggle(option.value, e.target.checked)}
            onBlur={onBlur}
          />
          <span>{option.label}</span>
          {option.label !== option.value && <code className="mono muted">{option.value}</code>}
          {'unknown' in option && <span className="badge badge-neutral">{t('clients.form.unknownValue')}</span>}
        </label>
      ))}
      <FieldMessage id={`${id}-error`} error={error} />
    </fieldset>
  );
}

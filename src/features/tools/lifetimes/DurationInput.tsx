import { useLingui } from '@lingui/react';
import type { UseFormReturn } from 'react-hook-form';
import { durationSeconds, LIMITS, UNIT_NAMES, type DurationField, type LifetimeValues } from './lifetimeRules';
import { FieldError } from './FieldError';
import { formatSeconds } from './formatLifetime';

/** A duration as a whole number and a unit, with its value in seconds shown live and its rule's message. */
export function DurationInput({ form, field }: { form: UseFormReturn<LifetimeValues>; field: DurationField }) {
  const { _: t, i18n } = useLingui();
  const value = form.watch(field);
  const seconds = durationSeconds(value);
  const error = form.formState.errors[field]?.amount;
  const id = `lt-${field}`;
  return (
    <div className="field duration-field">
      <label htmlFor={id}>{t(`tools.lifetimes.fields.${field}`)}</label>
      <div className="duration-inputs">
        <input
          id={id}
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          {...form.register(`${field}.amount`)}
        />
        <select aria-label={t('tools.lifetimes.unitOf', { field: t(`tools.lifetimes.fields.${field}`) })} {...form.register(`${field}.unit`)}>
          {UNIT_NAMES.map((unit) => (
            <option key={unit} value={unit}>
              {t(`tools.lifetimes.units.${unit}`)}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-hint`} className="hint">
        {seconds !== undefined && t('tools.lifetimes.inSeconds', { seconds })} {t(`tools.lifetimes.hints.${field}`, { max: formatSeconds(LIMITS[field].max, i18n.locale) })}
      </p>
      <FieldError id={`${id}-error`} error={error} max={formatSeconds(LIMITS[field].max, i18n.locale)} />
    </div>
  );
}

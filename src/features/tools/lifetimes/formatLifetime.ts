import type { TFunction } from '@/i18n/i18n';
import { bestUnit, UNITS, type LifetimeField } from './lifetimeRules';

const UNIT_OF = { seconds: 'second', minutes: 'minute', hours: 'hour', days: 'day' } as const;

/** "1 hour", "14 days", "90 seconds", in the admin's language. */
export function formatSeconds(seconds: number, locale: string): string {
  const unit = bestUnit(seconds);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: UNIT_OF[unit], unitDisplay: 'long' }).format(seconds / UNITS[unit]);
}

/** A field's value as the admin reads it: a duration, a count (0 = no limit), on/off, or — when missing. */
export function formatLifetime(field: LifetimeField, value: number | boolean | undefined, locale: string, t: TFunction): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? t('tools.lifetimes.on') : t('tools.lifetimes.off');
  if (field === 'max_sessions_per_user') return value === 0 ? t('tools.lifetimes.noLimit') : new Intl.NumberFormat(locale).format(value);
  return formatSeconds(value, locale);
}

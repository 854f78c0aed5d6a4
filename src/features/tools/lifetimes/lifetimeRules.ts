import type { TokenConfig, TokenConfigUpdate } from '@/api/schemas/tokenConfig';

/** Units of the duration inputs, in seconds. Seconds too, so that any value the server holds shows exactly. */
export const UNITS = { seconds: 1, minutes: 60, hours: 3_600, days: 86_400 } as const;
export type Unit = keyof typeof UNITS;
export const UNIT_NAMES = Object.keys(UNITS) as Unit[];

export const DURATION_FIELDS = [
  'access_token_ttl',
  'refresh_token_ttl',
  'id_token_ttl',
  'session_idle_timeout',
  'session_max_lifetime',
  'device_code_ttl',
  'refresh_token_reuse_window',
] as const;
export type DurationField = (typeof DURATION_FIELDS)[number];
export type LifetimeField = DurationField | 'max_sessions_per_user' | 'refresh_token_rotation';
export const LIFETIME_FIELDS: readonly LifetimeField[] = [...DURATION_FIELDS, 'max_sessions_per_user', 'refresh_token_rotation'];

/** Bounds in seconds (a count for max_sessions_per_user): what a sensible tenant needs, as the server checks too. */
export const LIMITS: Record<DurationField | 'max_sessions_per_user', { min: number; max: number }> = {
  access_token_ttl: { min: 1, max: UNITS.days },
  refresh_token_ttl: { min: 1, max: 365 * UNITS.days },
  id_token_ttl: { min: 1, max: UNITS.days },
  session_idle_timeout: { min: 1, max: 365 * UNITS.days },
  session_max_lifetime: { min: 1, max: 365 * UNITS.days },
  device_code_ttl: { min: 1, max: UNITS.hours },
  refresh_token_reuse_window: { min: 0, max: 365 * UNITS.days },
  max_sessions_per_user: { min: 0, max: 1_000 },
};

export interface Duration {
  /** As typed: a whole number, checked by the rules. */
  amount: string;
  unit: Unit;
}

export type LifetimeValues = Record<DurationField, Duration> & { max_sessions_per_user: string; refresh_token_rotation: boolean };

/** The largest unit that holds `seconds` exactly (1 hour, not 60 minutes). */
export function bestUnit(seconds: number): Unit {
  if (seconds >= UNITS.days && seconds % UNITS.days === 0) return 'days';
  if (seconds >= UNITS.hours && seconds % UNITS.hours === 0) return 'hours';
  if (seconds >= UNITS.minutes && seconds % UNITS.minutes === 0) return 'minutes';
  return 'seconds';
}

/** The form's values for a config; a field the server did not send stays empty (and is not shown). */
export function toLifetimeValues(config: TokenConfig): LifetimeValues {
  const values = { max_sessions_per_user: String(config.max_sessions_per_user ?? ''), refresh_token_rotation: config.refresh_token_rotation ?? false } as LifetimeValues;
  for (const field of DURATION_FIELDS) {
    const seconds = config[field];
    const unit = seconds === undefined ? 'minutes' : bestUnit(seconds);
    values[field] = { amount: seconds === undefined ? '' : String(seconds / UNITS[unit]), unit };
  }
  return values;
}

/** The fields the server sent: the only ones the form shows, checks and sends. */
export function offeredFields(config: TokenConfig): LifetimeField[] {
  return LIFETIME_FIELDS.filter((field) => config[field] !== undefined);
}

const WHOLE = /^\d+$/;

/** A duration in seconds, or undefined when its amount is not a whole number. */
export function durationSeconds(duration: Duration): number | undefined {
  const amount = duration.amount.trim();
  return WHOLE.test(amount) ? Number(amount) * UNITS[duration.unit] : undefined;
}

/** A field's value as the server holds it (seconds, a count or a switch), or undefined when not valid. */
export function fieldValue(values: LifetimeValues, field: LifetimeField): number | boolean | undefined {
  if (field === 'refresh_token_rotation') return values.refresh_token_rotation;
  if (field === 'max_sessions_per_user') {
    const amount = values.max_sessions_per_user.trim();
    return WHOLE.test(amount) ? Number(amount) : undefined;
  }
  return durationSeconds(values[field]);
}

export interface LifetimeIssue {
  /** The input it concerns: `access_token_ttl.amount`, `max_sessions_per_user`. */
  path: string;
  /** An i18n key of the tools catalog. */
  message: string;
}

/** Every rule of the form, each at the field it concerns. Only offered fields are checked. */
export function lifetimeIssues(values: LifetimeValues, offered: readonly LifetimeField[]): LifetimeIssue[] {
  const issues: LifetimeIssue[] = [];
  const has = (field: LifetimeField) => offered.includes(field);
  for (const field of [...DURATION_FIELDS, 'max_sessions_per_user'] as const) {
    if (!has(field)) continue;
    const path = field === 'max_sessions_per_user' ? field : `${field}.amount`;
    const raw = field === 'max_sessions_per_user' ? values.max_sessions_per_user : values[field].amount;
    const value = fieldValue(values, field) as number | undefined;
    if (raw.trim() === '') issues.push({ path, message: 'tools.lifetimes.errors.required' });
    else if (value === undefined) issues.push({ path, message: 'tools.lifetimes.errors.whole' });
    else if (value < LIMITS[field].min) issues.push({ path, message: 'tools.lifetimes.errors.positive' });
    else if (value > LIMITS[field].max) issues.push({ path, message: 'tools.lifetimes.errors.max' });
  }
  const seconds = (field: DurationField) => (has(field) ? durationSeconds(values[field]) : undefined);
  const access = seconds('access_token_ttl');
  const refresh = seconds('refresh_token_ttl');
  const idle = seconds('session_idle_timeout');
  const lifetime = seconds('session_max_lifetime');
  const reuse = seconds('refresh_token_reuse_window');
  const clean = (path: string) => !issues.some((issue) => issue.path === path);
  if (access !== undefined && refresh !== undefined && refresh <= access && clean('refresh_token_ttl.amount')) {
    issues.push({ path: 'refresh_token_ttl.amount', message: 'tools.lifetimes.errors.refreshAboveAccess' });
  }
  if (idle !== undefined && lifetime !== undefined && idle > lifetime && clean('session_idle_timeout.amount')) {
    issues.push({ path: 'session_idle_timeout.amount', message: 'tools.lifetimes.errors.idleAboveMax' });
  }
  if (reuse !== undefined && refresh !== undefined && reuse >= refresh && clean('refresh_token_reuse_window.amount')) {
    issues.push({ path: 'refresh_token_reuse_window.amount', message: 'tools.lifetimes.errors.reuseBelowRefresh' });
  }
  return issues;
}

export interface LifetimeChange {
  field: LifetimeField;
  before: number | boolean | undefined;
  after: number | boolean | undefined;
}

/** The offered fields whose value differs from the config (old → new), in the form's order. */
export function lifetimeChanges(config: TokenConfig, values: LifetimeValues, offered: readonly LifetimeField[]): LifetimeChange[] {
  return offered
    .map((field) => ({ field, before: config[field], after: fieldValue(values, field) }))
    .filter((change) => change.before !== change.after);
}

/** The PUT body: the changed fields only. */
export function changeRequest(changes: readonly LifetimeChange[]): TokenConfigUpdate {
  return Object.fromEntries(changes.filter((c) => c.after !== undefined).map((c) => [c.field, c.after])) as TokenConfigUpdate;
}

/** What another admin changed since the form loaded the config: the offered fields that differ. */
export function serverChanges(loaded: TokenConfig, current: TokenConfig, offered: readonly LifetimeField[]): LifetimeField[] {
  return offered.filter((field) => loaded[field] !== current[field]);
}

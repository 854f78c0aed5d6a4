import type { OAuthClient, UpdateClientRequest } from '@/api/schemas/clients';
import { CLIENT_FORM_FIELDS, type ClientFormField, type ClientFormValues } from './clientFormSchema';
import { toClientFormValues } from './formValues';

type Value = ClientFormValues[ClientFormField];

/** A value as it would be sent: text trimmed, list entries trimmed and empty entries dropped. */
function normalize(value: Value): Value {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map((v) => v.trim()).filter((v) => v !== '');
  return value;
}

function same(a: Value, b: Value): boolean {
  const x = normalize(a);
  const y = normalize(b);
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
  return x === y;
}

/** The fields whose value differs between two sets of form values (list order counts). */
export function differingFields(before: ClientFormValues, after: ClientFormValues): ClientFormField[] {
  return CLIENT_FORM_FIELDS.filter((field) => !same(before[field], after[field]));
}

/**
 * The `UpdateClientRequest` for what the admin changed, and nothing else: text trimmed ('' clears an optional
 * field), lists without empty entries. An empty `jwks` is never sent: it means "keep the stored key set".
 */
export function changedFields(baseline: ClientFormValues, values: ClientFormValues): UpdateClientRequest {
  const request: Record<string, unknown> = {};
  for (const field of differingFields(baseline, values)) {
    const value = normalize(values[field]);
    if (field === 'jwks' && value === '') continue;
    request[field] = value;
  }
  return request as UpdateClientRequest;
}

export interface ServerChange {
  field: ClientFormField;
  theirs: Value;
  before: Value;
  /** The admin changed this field too: overwriting replaces their value with the admin's. */
  alsoMine: boolean;
}

/** What another admin changed on the server since the form was loaded (for the lost-update dialog). */
export function serverChanges(
  loaded: OAuthClient,
  current: OAuthClient,
  baseline: ClientFormValues,
  values: ClientFormValues,
): ServerChange[] {
  const before = toClientFormValues(loaded);
  const theirs = toClientFormValues(current);
  const mine = new Set(differingFields(baseline, values));
  return differingFields(before, theirs).map((field) => ({
    field,
    before: before[field],
    theirs: theirs[field],
    alsoMine: mine.has(field),
  }));
}

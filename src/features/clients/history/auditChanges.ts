import type { AuditChange, AuditValue } from '@/api/schemas/clientHistory';

/** How one field change is shown: a list as the entries added and removed, anything else as old → new. */
export type ChangeView =
  | { kind: 'list'; field: string; added: string[]; removed: string[] }
  | { kind: 'value'; field: string; old: AuditValue; new: AuditValue };

/** A field that holds a secret (or its last four): its values are shown by their last four characters only. */
export function isSecretField(field: string): boolean {
  return /secret/i.test(field);
}

/** A secret by its last four characters, whatever the server sent. */
export function maskSecret(value: string): string {
  return `••••${value.slice(-4)}`;
}

/** A list value, also when it comes as JSON text ("[\"a\",\"b\"]", as client_auth_methods may). */
function asList(value: AuditValue): string[] | undefined {
  if (Array.isArray(value)) return value;
  if (value === null) return [];
  if (typeof value === 'string' && value.trim().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function masked(value: AuditValue, secret: boolean): AuditValue {
  if (!secret || value === null) return value;
  if (Array.isArray(value)) return value.map(maskSecret);
  return maskSecret(String(value));
}

export function describeChange(change: AuditChange): ChangeView {
  const field = change.field ?? '';
  const secret = isSecretField(field);
  const old = change.old ?? null;
  const next = change.new ?? null;
  if (Array.isArray(old) || Array.isArray(next)) {
    const before = asList(old);
    const after = asList(next);
    if (before && after) {
      const mask = (values: string[]) => (secret ? values.map(maskSecret) : values);
      return {
        kind: 'list',
        field,
        added: mask(after.filter((entry) => !before.includes(entry))),
        removed: mask(before.filter((entry) => !after.includes(entry))),
      };
    }
  }
  return { kind: 'value', field, old: masked(old, secret), new: masked(next, secret) };
}

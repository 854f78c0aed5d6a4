import { useLingui } from '@lingui/react';
import { splitScope } from '@/features/devices/deviceStatus';

/** The scopes as chips; in the table only the first few, the rest summed up with their names on hover. */
export function ScopeChips({ scope, max }: { scope: string | undefined; max?: number }) {
  const { _: t } = useLingui();
  const scopes = splitScope(scope);
  if (scopes.length === 0) return <>—</>;
  const shown = max === undefined ? scopes : scopes.slice(0, max);
  const rest = scopes.slice(shown.length);
  return (
    <ul className="scope-chips">
      {shown.map((s, i) => (
        <li key={`${s}-${i}`} className="scope-chip">
          {s}
        </li>
      ))}
      {rest.length > 0 && (
        <li className="scope-chip scope-chip-more" title={rest.join(' ')}>
          <span aria-hidden="true">{t('devices.scope.more', { count: rest.length })}</span>
          <span className="visually-hidden">{t('devices.scope.moreLabel', { count: rest.length, scopes: rest.join(', ') })}</span>
        </li>
      )}
    </ul>
  );
}

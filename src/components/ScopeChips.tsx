import { useLingui } from '@lingui/react';

/** The scopes of a space-separated OAuth `scope` string, without empty parts. */
function splitScope(scope: string | undefined): string[] {
  return scope?.split(/\s+/).filter(Boolean) ?? [];
}

/**
 * A space-separated OAuth scope as a list of chips (nothing becomes markup). With `max`, only the first few, the
 * rest summed up as "+N" with their names on hover and for screen readers.
 */
export function ScopeChips({ scope, max }: { scope: string | undefined; max?: number }) {
  const { _: t } = useLingui();
  const scopes = splitScope(scope);
  if (scopes.length === 0) return <>—</>;
  const shown = max === undefined ? scopes : scopes.slice(0, max);
  const rest = scopes.slice(shown.length);
  return (
    <ul className="scope-chips" aria-label={t('scopes.label')}>
      {shown.map((s, i) => (
        <li key={`${s}-${i}`} className="scope-chip">
          {s}
        </li>
      ))}
      {rest.length > 0 && (
        <li className="scope-chip scope-chip-more" title={rest.join(' ')}>
          <span aria-hidden="true">{t('scopes.more', { count: rest.length })}</span>
          <span className="visually-hidden">{t('scopes.moreLabel', { count: rest.length, scopes: rest.join(', ') })}</span>
        </li>
      )}
    </ul>
  );
}

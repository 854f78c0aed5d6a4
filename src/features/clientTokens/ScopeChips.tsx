import { useLingui } from '@lingui/react';

/** A space-separated OAuth scope as a list of chips; nothing becomes markup. */
export function ScopeChips({ scope }: { scope: string | undefined }) {
  const { _: t } = useLingui();
  const scopes = (scope ?? '').split(/\s+/).filter(Boolean);
  if (scopes.length === 0) return <>—</>;
  return (
    <ul className="chips" aria-label={t('clientTokens.scopesLabel')}>
      {scopes.map((value, index) => (
        <li key={`${value}-${index}`} className="chip">
          {value}
        </li>
      ))}
    </ul>
  );
}

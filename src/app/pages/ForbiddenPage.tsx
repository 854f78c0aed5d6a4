import { useLingui } from '@lingui/react';

export function ForbiddenPage({ onSignOut }: { onSignOut: () => void }) {
  const { _: t } = useLingui();
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">{t('forbidden.title')}</h1>
      <p>{t('forbidden.body')}</p>
      <button type="button" className="button" onClick={onSignOut}>
        {t('forbidden.signInOther')}
      </button>
    </section>
  );
}

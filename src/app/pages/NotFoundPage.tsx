import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';

export function NotFoundPage() {
  const { _: t } = useLingui();
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/tokens" className="button">
        {t('notFound.back')}
      </Link>
    </section>
  );
}

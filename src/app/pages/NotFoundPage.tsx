import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/i18n/useTranslation';

export function NotFoundPage() {
  const { t } = useTranslation();
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

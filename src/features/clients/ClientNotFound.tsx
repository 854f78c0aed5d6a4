import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/i18n/useTranslation';

export function ClientNotFound({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  return (
    <section className="page" aria-labelledby="page-title">
      <div className="empty-state not-found-panel" role="status">
        <h1 id="page-title" className="empty-state-title">
          {t('notFound.title')}
        </h1>
        <p>{t('notFound.body', { id: clientId })}</p>
        <Link to="/clients" className="button">
          {t('notFound.back')}
        </Link>
      </div>
    </section>
  );
}

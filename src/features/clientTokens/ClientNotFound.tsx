import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/i18n/useTranslation';

/** 404 from the client's routes: the client was deleted or belongs to another tenant. */
export function ClientNotFound({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clientTokens');
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { client: clientId })}</p>
      <p>
        <Link to="/clients" className="button">
          {t('notFound.back')}
        </Link>
      </p>
    </section>
  );
}

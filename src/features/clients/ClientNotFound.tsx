import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';

export function ClientNotFound({ clientId }: { clientId: string }) {
  const { _: t } = useLingui();
  return (
    <section className="page" aria-labelledby="page-title">
      <div className="empty-state not-found-panel" role="status">
        <h1 id="page-title" className="empty-state-title">
          {t('clients.notFound.title')}
        </h1>
        <p>{t('clients.notFound.body', { id: clientId })}</p>
        <Link to="/clients" className="button">
          {t('clients.notFound.back')}
        </Link>
      </div>
    </section>
  );
}

import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';

/** 404 from the client's routes: the client was deleted or belongs to another tenant. */
export function ClientNotFound({ clientId }: { clientId: string }) {
  const { _: t } = useLingui();
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">{t('clientTokens.notFound.title')}</h1>
      <p>{t('clientTokens.notFound.body', { client: clientId })}</p>
      <p>
        <Link to="/clients" className="button">
          {t('clientTokens.notFound.back')}
        </Link>
      </p>
    </section>
  );
}

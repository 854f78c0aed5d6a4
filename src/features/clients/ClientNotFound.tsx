import { useLingui } from '@lingui/react';
import { NotFoundPanel } from '@/components/NotFoundPanel';

/** The clients area's 404: the client was deleted or belongs to another tenant. */
export function ClientNotFound({ clientId }: { clientId: string }) {
  const { _: t } = useLingui();
  return (
    <NotFoundPanel
      title={t('clients.notFound.title')}
      message={t('clients.notFound.body', { id: clientId })}
      backTo="/clients"
      backLabel={t('clients.notFound.back')}
    />
  );
}

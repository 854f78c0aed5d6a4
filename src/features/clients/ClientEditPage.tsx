import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { notify } from '@/components/notify';
import { clientDetailQuery } from '@/api/clients';
import { isApiError } from '@/api/errors';
import type { OAuthClient } from '@/api/schemas/clients';
import { ErrorPanel } from '@/components/ErrorPanel';
import { ClientHeader } from './ClientHeader';
import { ClientNotFound } from './ClientNotFound';
import { ClientForm } from './form/ClientForm';
import './clients.css';

const route = getRouteApi('/_app/clients/$clientId/edit');

export function ClientEditPage() {
  const { t } = useTranslation('clients');
  const { clientId } = route.useParams();
  const navigate = route.useNavigate();
  const query = useQuery(clientDetailQuery(clientId));
  // The form is built from the first answer; later refetches (the lost-update check) must not replace it.
  const [initial, setInitial] = useState<OAuthClient>();
  if (!initial && query.data) setInitial(query.data);

  if (!initial && query.isError && isApiError(query.error) && query.error.isNotFound) {
    return <ClientNotFound clientId={clientId} />;
  }

  return (
    <section className="page" aria-labelledby="page-title">
      <ClientHeader clientId={clientId} client={query.data ?? initial} current="edit" />
      {!initial && query.isError && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {!initial && query.isPending && (
        <p className="muted" role="status">
          {t('detail.loading')}
        </p>
      )}
      {initial && (
        <ClientForm
          key={clientId}
          clientId={clientId}
          client={initial}
          onSaved={(saved) => {
            notify.success(t('edit.saved', { name: saved.name || clientId }));
            void navigate({ to: '/clients/$clientId', params: { clientId } });
          }}
        />
      )}
    </section>
  );
}

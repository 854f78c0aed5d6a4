import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { notify } from '@/components/notify';
import { clientDetailQuery } from '@/api/clients';
import { isApiError } from '@/api/errors';
import type { OAuthClient } from '@/api/schemas/clients';
import { ErrorPanel } from '@/components/ErrorPanel';
import { ClientHeader } from '@/features/clients/detail/ClientHeader';
import { ClientNotFound } from '@/features/clients/ClientNotFound';
import { ClientForm } from './ClientForm';
import '@/features/clients/clients.css';

const route = getRouteApi('/_app/clients/$clientId/edit');

export function ClientEditPage() {
  const { _: t } = useLingui();
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
          {t('clients.detail.loading')}
        </p>
      )}
      {initial && (
        <ClientForm
          key={clientId}
          clientId={clientId}
          client={initial}
          onSaved={(saved) => {
            notify.success(t('clients.edit.saved', { name: saved.name || clientId }));
            void navigate({ to: '/clients/$clientId', params: { clientId } });
          }}
        />
      )}
    </section>
  );
}

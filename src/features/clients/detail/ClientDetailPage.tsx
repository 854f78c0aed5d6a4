import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { clientDetailQuery } from '@/api/clients';
import { isApiError } from '@/api/errors';
import { ErrorPanel } from '@/components/ErrorPanel';
import { ClientDetails } from './ClientDetails';
import { ClientHeader } from './ClientHeader';
import { ClientNotFound } from '@/features/clients/ClientNotFound';
import { DeleteClientSection } from './DeleteClientSection';
import { DuplicateClientButton } from './DuplicateClientButton';
import { ClientSecretsSection } from '@/features/clients/secret/ClientSecretsSection';
import { RotateSecretItem } from '@/features/clients/secret/RotateSecretItem';
import { ClientStatusAction } from '@/features/clients/status/ClientStatusAction';
import { ClientUsageSection } from '@/features/clients/usage/ClientUsageSection';
import '@/features/clients/clients.css';

const route = getRouteApi('/_app/clients/$clientId');

export function ClientDetailPage() {
  const { _: t } = useLingui();
  const { clientId } = route.useParams();
  const query = useQuery(clientDetailQuery(clientId));

  if (query.isError && isApiError(query.error) && query.error.isNotFound) return <ClientNotFound clientId={clientId} />;
  const client = query.data;

  return (
    <section className="page" aria-labelledby="page-title">
      <ClientHeader clientId={clientId} client={client} current="settings" />
      {query.isError && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && (
        <p className="muted" role="status">
          {t('clients.detail.loading')}
        </p>
      )}
      {client && (
        <>
          <section aria-labelledby="settings-title" className="client-settings">
            <div className="section-heading">
              <h2 id="settings-title">{t('clients.detail.tabs.settings')}</h2>
              <div className="button-row">
                <DuplicateClientButton clientId={clientId} client={client} />
                <Link to="/clients/$clientId/edit" params={{ clientId }} className="button button-primary">
                  {t('clients.detail.edit')}
                </Link>
              </div>
            </div>
            <ClientDetails client={client} />
          </section>
          <ClientUsageSection clientId={clientId} />
          {client.is_confidential && <ClientSecretsSection clientId={clientId} name={client.name?.trim() || clientId} currentLastFour={client.secret_last_four} />}
          <DeleteClientSection clientId={clientId} client={client}>
            <ClientStatusAction client={client} variant="zone" />
            {client.is_confidential && <RotateSecretItem clientId={clientId} name={client.name?.trim() || clientId} />}
          </DeleteClientSection>
        </>
      )}
    </section>
  );
}

import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { CopyButton } from '@/components/CopyButton';
import { notify } from '@/components/notify';
import type { OAuthClient } from '@/api/schemas/clients';
import { OnceOnlySecret } from '@/features/clients/secret/OnceOnlySecret';
import { SecretLeaveDialog, useSecretLeaveGuard } from '@/features/clients/secret/SecretLeaveGuard';
import { CreateClientForm } from './CreateClientForm';
import { KindStep } from './KindStep';
import '@/features/clients/clients.css';

const route = getRouteApi('/_app/clients/new');

/** What the page holds after a confidential client is created: the secret, in this component's state only. */
interface Created {
  client: OAuthClient;
  secret: string;
}

/**
 * `/clients/new`: choose the kind, fill in the form, and for a confidential client see its secret once. The secret
 * lives in this page's state: leaving the page forgets it (and asks first while it is on screen).
 */
export function ClientCreatePage() {
  const { _: t } = useLingui();
  const { kind } = route.useSearch();
  const navigate = route.useNavigate();
  const [created, setCreated] = useState<Created>();
  const leaveGuard = useSecretLeaveGuard(created !== undefined);

  const openClient = (client: OAuthClient) => {
    const clientId = client.client_id;
    if (clientId) void navigate({ to: '/clients/$clientId', params: { clientId } });
    else void navigate({ to: '/clients' });
  };

  const onCreated = ({ client, secret }: { client: OAuthClient; secret: string | undefined }) => {
    notify.success(t('clients.create.created', { name: client.name || client.client_id || '' }));
    if (secret) {
      setCreated({ client, secret });
      // the kind was a step of the form, which is done: the address no longer names it
      void navigate({ search: {}, replace: true });
    } else openClient(client);
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header client-header">
        <nav aria-label={t('clients.detail.breadcrumb')} className="breadcrumb">
          <Link to="/clients">{t('clients.title')}</Link>
        </nav>
        <h1 id="page-title">
          {created ? t('clients.create.createdTitle', { name: created.client.name || created.client.client_id || '' }) : t('clients.create.title')}
        </h1>
      </header>
      {created ? (
        <section aria-labelledby="secret-title" className="client-settings">
          <h2 id="secret-title">{t('clients.secret.title')}</h2>
          {created.client.client_id && (
            <p className="cell-with-action">
              {t('clients.fields.client_id')}: <code className="mono">{created.client.client_id}</code>
              <CopyButton value={created.client.client_id} label={t('clients.copyClientId', { id: created.client.client_id })} />
            </p>
          )}
          <OnceOnlySecret
            secret={created.secret}
            continueLabel={t('clients.create.toClient')}
            onStored={() => {
              leaveGuard.allowNextNavigation();
              openClient(created.client);
            }}
          />
        </section>
      ) : kind ? (
        <CreateClientForm key={kind} kind={kind} onCreated={onCreated} onChangeKind={() => void navigate({ search: {} })} />
      ) : (
        <KindStep />
      )}
      <SecretLeaveDialog guard={leaveGuard} />
    </section>
  );
}

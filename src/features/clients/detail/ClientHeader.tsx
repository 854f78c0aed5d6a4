import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import type { OAuthClient } from '@/api/schemas/clients';
import { CopyButton } from '@/components/CopyButton';
import { StatusBadge } from '@/components/StatusBadge';
import { ClientLogo } from '@/features/clients/ClientLogo';
import { clientStatusTone } from '@/features/clients/clientStatus';

/** The client's name, id and status, and its sections: settings, tokens (another page), history and the danger zone. */
export function ClientHeader({ clientId, client, current }: { clientId: string; client?: OAuthClient; current: 'settings' | 'edit' | 'history' }) {
  const { _: t } = useLingui();
  const name = client?.name || clientId;
  return (
    <header className="page-header client-header">
      <nav aria-label={t('clients.detail.breadcrumb')} className="breadcrumb">
        <Link to="/clients">{t('clients.title')}</Link>
      </nav>
      <div className="client-title">
        <ClientLogo url={client?.logo_url} name={client?.name ?? client?.client_id} size={40} />
        <div>
          <h1 id="page-title">{current === 'edit' ? t('clients.edit.title', { name }) : name}</h1>
          <p className="cell-with-action muted">
            <code className="mono">{clientId}</code>
            <CopyButton value={clientId} label={t('clients.copyClientId', { id: clientId })} />
            {client?.status && (
              <StatusBadge tone={clientStatusTone(client.status)}>{t({ id: `clients.status.${client.status}`, message: client.status })}</StatusBadge>
            )}
          </p>
        </div>
      </div>
      <nav aria-label={t('clients.detail.sections')} className="section-tabs">
        <Link
          to="/clients/$clientId"
          params={{ clientId }}
          activeOptions={{ exact: true }}
          activeProps={{ 'aria-current': 'page', className: 'active' }}
          // editing the settings is part of the Settings section: its tab stays marked as the current one
          {...(current === 'edit' ? { 'aria-current': 'true' as const, className: 'active' } : {})}
        >
          {t('clients.detail.tabs.settings')}
        </Link>
        <Link to="/clients/$clientId/tokens" params={{ clientId }}>
          {t('clients.detail.tabs.tokens')}
        </Link>
        <Link to="/clients/$clientId/history" params={{ clientId }} activeProps={{ 'aria-current': 'page', className: 'active' }}>
          {t('clients.detail.tabs.history')}
        </Link>
        <Link to="/clients/$clientId" params={{ clientId }} hash="danger-zone" activeOptions={{ exact: true, includeHash: true }}>
          {t('clients.detail.tabs.danger')}
        </Link>
      </nav>
    </header>
  );
}

import { Link } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from '@/i18n/i18n';
import type { OAuthClient } from '@/api/schemas/clients';
import { CopyButton } from '@/components/CopyButton';
import { RelativeTime } from '@/components/RelativeTime';
import { StatusBadge } from '@/components/StatusBadge';
import type { TableFeatureSet } from '@/components/tableFeatures';
import { ClientLogo } from '@/features/clients/ClientLogo';
import { clientStatusTone } from '@/features/clients/clientStatus';
import { ClientStatusAction } from '@/features/clients/status/ClientStatusAction';
import { grantTypeKey } from '@/features/clients/vocabulary';

const column = createColumnHelper<TableFeatureSet, OAuthClient>();
const dash = '—';

export function clientColumns(t: TFunction) {
  return column.columns([
    column.accessor('name', {
      header: () => t('clients.columns.name'),
      cell: (info) => {
        const client = info.row.original;
        const name = client.name || client.client_id || dash;
        return (
          <span className="client-name-cell">
            <ClientLogo url={client.logo_url} name={client.name ?? client.client_id} />
            {client.client_id ? (
              <Link to="/clients/$clientId" params={{ clientId: client.client_id }} className="client-name">
                {name}
              </Link>
            ) : (
              <span className="client-name">{name}</span>
            )}
          </span>
        );
      },
    }),
    column.accessor('client_id', {
      header: () => t('clients.columns.clientId'),
      cell: (info) => {
        const id = info.getValue();
        return id ? (
          <span className="cell-with-action">
            <code className="mono">{id}</code>
            <CopyButton value={id} label={t('clients.copyClientId', { id })} />
          </span>
        ) : (
          dash
        );
      },
    }),
    column.accessor('is_confidential', {
      header: () => t('clients.columns.type'),
      cell: (info) => {
        const confidential = info.getValue();
        return confidential === undefined ? dash : confidential ? t('clients.type.confidential') : t('clients.type.public');
      },
    }),
    column.accessor('status', {
      header: () => t('clients.columns.status'),
      cell: (info) => {
        const status = info.getValue();
        return status ? (
          <StatusBadge tone={clientStatusTone(status)}>{t({ id: `clients.status.${status}`, message: status })}</StatusBadge>
        ) : (
          dash
        );
      },
    }),
    column.accessor('grant_types', {
      header: () => t('clients.columns.grantTypes'),
      cell: (info) => {
        const grants = info.getValue() ?? [];
        if (grants.length === 0) return dash;
        return (
          <ul className="chips">
            {grants.map((grant, i) => {
              const key = grantTypeKey(grant);
              return (
                <li key={`${grant}-${i}`} className="chip" title={grant}>
                  {key ? t(key) : grant}
                </li>
              );
            })}
          </ul>
        );
      },
    }),
    column.accessor('updated_at', {
      header: () => t('clients.columns.updated'),
      cell: (info) => <RelativeTime value={info.getValue()} />,
    }),
    column.display({
      id: 'actions',
      header: () => <span className="visually-hidden">{t('clients.columns.actions')}</span>,
      cell: (info) => {
        const client = info.row.original;
        const { client_id: clientId, name } = client;
        if (!clientId) return null;
        return (
          <span className="row-actions">
            <Link to="/clients/$clientId/tokens" params={{ clientId }} aria-label={t('clients.tokensOf', { name: name || clientId })}>
              {t('clients.tokensLink')}
            </Link>
            <ClientStatusAction client={client} variant="row" />
          </span>
        );
      },
    }),
  ]);
}

import { useLingui } from '@lingui/react';
import type { OAuthClient } from '@/api/schemas/clients';
import { RelativeTime } from '@/components/RelativeTime';
import { StatusBadge } from '@/components/StatusBadge';
import { clientStatusTone } from '@/features/clients/clientStatus';
import { ExternalUrl } from './ExternalUrl';
import { authMethodKey, grantTypeKey } from '@/features/clients/vocabulary';

const dash = '—';

function ValueList({ values, label }: { values: string[] | undefined; label?: (value: string) => string | undefined }) {
  if (!values || values.length === 0) return <>{dash}</>;
  return (
    <ul className="plain-list">
      {values.map((value, i) => {
        const text = label?.(value);
        return (
          <li key={`${value}-${i}`}>
            {text ? (
              <>
                {text} <code className="mono muted">{value}</code>
              </>
            ) : (
              <code className="mono">{value}</code>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Every field of `OAuthClientItem`, read-only; the secret only as its last four characters. */
export function ClientDetails({ client }: { client: OAuthClient }) {
  const { _: t } = useLingui();
  const labelOf = (key: string | undefined) => (key ? t(key) : undefined);
  return (
    <dl className="details">
      <Row label={t('clients.fields.name')}>{client.name || dash}</Row>
      <Row label={t('clients.fields.client_id')}>{client.client_id ? <code className="mono">{client.client_id}</code> : dash}</Row>
      <Row label={t('clients.fields.id')}>{client.id ? <code className="mono">{client.id}</code> : dash}</Row>
      <Row label={t('clients.fields.tenant_id')}>{client.tenant_id ? <code className="mono">{client.tenant_id}</code> : dash}</Row>
      <Row label={t('clients.fields.status')}>
        {client.status ? (
          <StatusBadge tone={clientStatusTone(client.status)}>{t({ id: `clients.status.${client.status}`, message: client.status })}</StatusBadge>
        ) : (
          dash
        )}
      </Row>
      <Row label={t('clients.fields.is_confidential')}>
        {client.is_confidential === undefined ? dash : client.is_confidential ? t('clients.type.confidential') : t('clients.type.public')}
      </Row>
      <Row label={t('clients.fields.secret')}>
        {client.secret_last_four ? (
          <span className="mono" aria-label={t('clients.detail.secretEndsWith', { last: client.secret_last_four })}>
            ••••{client.secret_last_four}
          </span>
        ) : (
          dash
        )}
      </Row>
      <Row label={t('clients.fields.client_auth_methods')}>
        <ValueList values={client.client_auth_methods} label={(m) => labelOf(authMethodKey(m))} />
      </Row>
      <Row label={t('clients.fields.grant_types')}>
        <ValueList values={client.grant_types} label={(g) => labelOf(grantTypeKey(g))} />
      </Row>
      <Row label={t('clients.fields.scopes')}>
        <ValueList values={client.scopes} />
      </Row>
      <Row label={t('clients.fields.redirect_uris')}>
        <ValueList values={client.redirect_uris} />
      </Row>
      <Row label={t('clients.fields.cors_origins')}>
        <ValueList values={client.cors_origins} />
      </Row>
      <Row label={t('clients.fields.jwks_uri')}>
        <ExternalUrl value={client.jwks_uri} />
      </Row>
      <Row label={t('clients.fields.fapi_profile')}>
        {client.fapi_profile ? t({ id: `clients.fapi.${client.fapi_profile}`, message: client.fapi_profile }) : t('clients.fapi.none')}
      </Row>
      <Row label={t('clients.fields.logo_url')}>
        <ExternalUrl value={client.logo_url} />
      </Row>
      <Row label={t('clients.fields.website')}>
        <ExternalUrl value={client.website} />
      </Row>
      <Row label={t('clients.fields.terms_url')}>
        <ExternalUrl value={client.terms_url} />
      </Row>
      <Row label={t('clients.fields.privacy_policy')}>
        <ExternalUrl value={client.privacy_policy} />
      </Row>
      <Row label={t('clients.fields.created_at')}>
        <RelativeTime value={client.created_at} />
      </Row>
      <Row label={t('clients.fields.updated_at')}>
        <RelativeTime value={client.updated_at} />
      </Row>
      <Row label={t('clients.fields.deleted_at')}>
        <RelativeTime value={client.deleted_at} />
      </Row>
    </dl>
  );
}

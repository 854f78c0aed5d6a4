import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { notify } from '@/components/notify';
import { clientSecretsQuery, deactivateClientSecret } from '@/api/clientLifecycle';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import type { ClientSecretItem } from '@/api/schemas/clientLifecycle';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorPanel } from '@/components/ErrorPanel';
import { RelativeTime } from '@/components/RelativeTime';
import { StatusBadge } from '@/components/StatusBadge';
import { AddSecretButton } from './AddSecretButton';

const dash = '—';
const masked = (lastFour: string | undefined) => (lastFour ? `••••${lastFour}` : dash);

/**
 * A confidential client's secrets (last four, created, status), where the server offers the secrets routes: a
 * 404/405 hides the section without an error. An older active secret (the overlap of a rotation) can be deactivated.
 */
export function ClientSecretsSection({
  clientId,
  name,
  currentLastFour,
}: {
  clientId: string;
  name: string;
  currentLastFour: string | undefined;
}) {
  const { _: t } = useLingui();
  const queryClient = useQueryClient();
  const query = useQuery(clientSecretsQuery(clientId));
  const [deactivating, setDeactivating] = useState<ClientSecretItem>();
  const deactivate = useMutation({
    mutationKey: mutationKeys.clients.deactivateSecret,
    mutationFn: (secretId: string) => deactivateClientSecret(clientId, secretId),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.clients.secrets(clientId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.clients.history(clientId) }),
      ]),
  });

  if (query.data?.offered === false) return null;
  const items = query.data?.items ?? [];
  // the newest active secret whose last four the client shows is the one in use; it is rotated, not deactivated
  const current = items.find((s) => s.status === 'active' && s.last_four === currentLastFour);
  const activeCount = items.filter((s) => s.status === 'active').length;
  // the column shows only where the server says when secrets were used
  const showLastUsed = items.some((s) => s.last_used_at !== undefined);

  return (
    <section aria-labelledby="secrets-title" className="client-secrets">
      <h2 id="secrets-title">{t('clients.secrets.title')}</h2>
      {query.data?.offered && (
        <div className="secrets-add">
          <p className="muted">{activeCount < 2 ? t('clients.secrets.addHint') : t('clients.secrets.addLimit')}</p>
          <AddSecretButton clientId={clientId} name={name} canAdd={activeCount < 2} />
        </div>
      )}
      {query.isError && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && (
        <p className="muted" role="status">
          {t('clients.secrets.loading')}
        </p>
      )}
      {query.data && items.length === 0 && <p className="muted">{t('clients.secrets.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap" role="region" aria-label={t('clients.secrets.caption')} tabIndex={0}>
        <table className="data-table secrets-table">
          <caption className="visually-hidden">{t('clients.secrets.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clients.secrets.columns.secret')}</th>
              <th scope="col">{t('clients.secrets.columns.status')}</th>
              <th scope="col">{t('clients.secrets.columns.created')}</th>
              <th scope="col">{t('clients.secrets.columns.deactivated')}</th>
              {showLastUsed && <th scope="col">{t('clients.secrets.columns.lastUsed')}</th>}
              <th scope="col">{t('clients.secrets.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((secret, i) => (
              <tr key={secret.id ?? i}>
                <td>
                  <code className="mono">{secret.last_four ?? dash}</code>
                  {secret === current && <span className="muted"> {t('clients.secrets.current')}</span>}
                </td>
                <td>
                  {secret.status ? (
                    <StatusBadge tone={secret.status === 'active' ? 'success' : 'neutral'}>
                      {t({ id: `clients.secrets.status.${secret.status}`, message: secret.status })}
                    </StatusBadge>
                  ) : (
                    dash
                  )}
                </td>
                <td>
                  <RelativeTime value={secret.created_at} />
                </td>
                <td>{secret.deactivated_at ? <RelativeTime value={secret.deactivated_at} /> : dash}</td>
                {showLastUsed && <td>{secret.last_used_at ? <RelativeTime value={secret.last_used_at} /> : dash}</td>}
                <td>
                  {secret.status === 'active' && secret !== current && secret.id && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => setDeactivating(secret)}
                      aria-label={t('clients.secrets.deactivateFor', { last: secret.last_four ?? dash })}
                    >
                      {t('clients.secrets.deactivate')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      <ConfirmDialog
        open={deactivating !== undefined}
        onOpenChange={(open) => !open && setDeactivating(undefined)}
        title={t('clients.secrets.confirmTitle', { secret: masked(deactivating?.last_four) })}
        description={<p>{t('clients.secrets.confirmBody')}</p>}
        confirmLabel={t('clients.secrets.confirm')}
        onConfirm={async () => {
          if (!deactivating?.id) return;
          await deactivate.mutateAsync(deactivating.id);
          notify.success(t('clients.secrets.deactivated', { secret: masked(deactivating.last_four) }));
        }}
      />
    </section>
  );
}

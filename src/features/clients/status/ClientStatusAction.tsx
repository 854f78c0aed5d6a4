import { useState } from 'react';
import { useLingui } from '@lingui/react';
import type { OAuthClient } from '@/api/schemas/clients';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { notify } from '@/components/notify';
import { useSetClientStatus } from './useSetClientStatus';

/**
 * Suspend or activate a client in one action, with a confirmation that says what suspension does: a button in a
 * list row (`row`), or an item of the client's danger zone (`zone`).
 */
export function ClientStatusAction({ client, variant }: { client: OAuthClient; variant: 'row' | 'zone' }) {
  const { _: t } = useLingui();
  const clientId = client.client_id ?? '';
  const name = client.name?.trim() || clientId;
  const [open, setOpen] = useState(false);
  const setStatus = useSetClientStatus(clientId);
  if (!clientId || (client.status !== 'active' && client.status !== 'suspended')) return null;
  const suspend = client.status === 'active';
  const next = suspend ? 'suspended' : 'active';

  const button = (
    <button
      type="button"
      className={variant === 'zone' && suspend ? 'button button-danger' : 'button'}
      onClick={() => setOpen(true)}
      aria-label={variant === 'row' ? t(suspend ? 'clients.suspend.rowLabel' : 'clients.activate.rowLabel', { name }) : undefined}
      disabled={setStatus.isPending}
    >
      {t(suspend ? 'clients.suspend.button' : 'clients.activate.button')}
    </button>
  );

  return (
    <>
      {variant === 'zone' ? (
        <div className="danger-zone-item">
          <div>
            <p className="danger-zone-heading">{t(suspend ? 'clients.suspend.heading' : 'clients.activate.heading')}</p>
            <p className="muted">{t(suspend ? 'clients.suspend.zoneBody' : 'clients.activate.zoneBody')}</p>
          </div>
          {button}
        </div>
      ) : (
        button
      )}
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        tone={suspend ? 'danger' : 'primary'}
        title={t(suspend ? 'clients.suspend.title' : 'clients.activate.title', { name })}
        description={<p>{t(suspend ? 'clients.suspend.body' : 'clients.activate.body', { name })}</p>}
        confirmLabel={t(suspend ? 'clients.suspend.confirm' : 'clients.activate.confirm')}
        onConfirm={async () => {
          await setStatus.mutateAsync(next);
          notify.success(t(suspend ? 'clients.suspend.done' : 'clients.activate.done', { name }));
        }}
      />
    </>
  );
}

import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useLingui } from '@lingui/react';
import { notify } from '@/components/notify';
import type { OAuthClient } from '@/api/schemas/clients';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useDeleteClient } from './useDeleteClient';

/** The danger zone: deleting the client (and with it its tokens), confirmed by typing its name or id. */
export function DeleteClientSection({
  clientId,
  client,
  children,
}: {
  clientId: string;
  client: OAuthClient;
  /** Other dangerous actions, listed before deleting (e.g. rotating the secret). */
  children?: React.ReactNode;
}) {
  const { _: t } = useLingui();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const remove = useDeleteClient(clientId);
  const name = client.name?.trim() ?? '';
  const answer = typed.trim();
  const confirmed = answer !== '' && (answer === clientId || answer === name);

  return (
    <section id="danger-zone" className="danger-zone" aria-labelledby="danger-zone-title">
      <h2 id="danger-zone-title">{t('clients.danger.title')}</h2>
      {children}
      <div className="danger-zone-item">
        <div>
          <p className="danger-zone-heading">{t('clients.danger.deleteHeading')}</p>
          <p className="muted">{t('clients.danger.deleteBody')}</p>
        </div>
        <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
          {t('clients.danger.delete')}
        </button>
      </div>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) setTyped('');
        }}
        title={t('clients.danger.confirmTitle', { name: name || clientId })}
        description={
          <>
            <p>{t('clients.danger.confirmBody')}</p>
            <p>{t('clients.danger.confirmTokens')}</p>
          </>
        }
        confirmLabel={t('clients.danger.confirm')}
        canConfirm={confirmed}
        onConfirm={async () => {
          await remove.mutateAsync();
          notify.success(t('clients.danger.deleted', { name: name || clientId }));
          void navigate({ to: '/clients' });
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>{t('clients.danger.typeToConfirm')}</label>
          <p className="hint">
            {name && (
              <>
                <code className="mono">{name}</code> {t('clients.danger.or')}{' '}
              </>
            )}
            <code className="mono">{clientId}</code>
          </p>
          <input
            id={inputId}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setTyped(e.target.value)}
            aria-invalid={answer !== '' && !confirmed ? true : undefined}
          />
        </div>
      </ConfirmDialog>
    </section>
  );
}

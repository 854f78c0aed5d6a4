import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { notify } from '@/components/notify';
import { isSingleRevokeUnsupported } from '@/api/revoke';
import type { TokenInfo } from '@/api/schemas/tokens';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { TokenFacts } from './TokenFacts';
import { useRevokeToken } from './useRevokeToken';

interface RevokeTokenDialogProps {
  token: TokenInfo | undefined;
  onClose: () => void;
  /** The server has no single-token revoke route (404/405): the page offers the user-wide revoke instead. */
  onUnsupported: (token: TokenInfo, error: unknown) => void;
}

/**
 * Confirms the revoke of one token. The row shows "revoked" while the request runs (optimistic); if the server
 * refuses, the row goes back, and the dialog stays open with the reason so the admin can try again.
 */
export function RevokeTokenDialog({ token, onClose, onUnsupported }: RevokeTokenDialogProps) {
  const { _: t } = useLingui();
  // its state is read by key where it is shown (the row's "Revoking…"): see usePendingRevokes
  const mutation = useRevokeToken();
  const [failed, setFailed] = useState(false);
  const id = token?.id;

  const confirm = async () => {
    if (!token || id === undefined) return;
    setFailed(false);
    try {
      await mutation.mutateAsync(id);
      notify.success(t('tokens.revoke.done', { id }));
    } catch (error) {
      if (isSingleRevokeUnsupported(error)) {
        onUnsupported(token, error);
        return;
      }
      setFailed(true);
      throw error;
    }
  };

  return (
    <ConfirmDialog
      open={token !== undefined}
      onOpenChange={(open) => {
        if (!open) {
          setFailed(false);
          onClose();
        }
      }}
      title={t('tokens.revoke.title')}
      description={t('tokens.revoke.description')}
      confirmLabel={t('tokens.revoke.confirm')}
      onConfirm={confirm}
    >
      {token && <TokenFacts token={token} />}
      {failed && <p className="field-error">{t('tokens.revoke.notRevoked')}</p>}
    </ConfirmDialog>
  );
}

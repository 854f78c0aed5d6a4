import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { isRouteMissing } from '@/api/errors';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import { purgeExpiredSessions } from '@/api/sessions';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { notify } from '@/components/notify';

/** Removes the tenant's expired sessions; which ones are expired is the server's call, so nothing is shown early. */
function usePurgeExpired() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.sessions.purgeExpired,
    mutationFn: () => purgeExpiredSessions(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions.all }),
  });
}

/** Confirms "purge expired sessions", saying what it removes and what it leaves alone. */
export function PurgeExpiredDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { _: t, i18n } = useLingui();
  const purge = usePurgeExpired();
  const [missing, setMissing] = useState(false);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setMissing(false);
          onClose();
        }
      }}
      title={t('sessions.purge.title')}
      description={t('sessions.purge.description')}
      confirmLabel={t('sessions.purge.confirm')}
      canConfirm={!missing}
      onConfirm={async () => {
        try {
          const deleted = await purge.mutateAsync();
          notify.success(
            deleted === undefined
              ? t('sessions.purge.doneUncounted')
              : t('sessions.purge.done', { count: deleted, n: new Intl.NumberFormat(i18n.locale).format(deleted) }),
          );
        } catch (error) {
          if (isRouteMissing(error)) setMissing(true);
          throw error;
        }
      }}
    >
      <p className="muted">{t('sessions.purge.untouched')}</p>
      {missing && <p className="notice">{t('sessions.purge.notOffered')}</p>}
    </ConfirmDialog>
  );
}

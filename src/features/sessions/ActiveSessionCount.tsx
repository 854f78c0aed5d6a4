import { useQuery } from '@tanstack/react-query';
import { useLingui } from '@lingui/react';
import { isRouteMissing } from '@/api/errors';
import { activeSessionCountQuery } from '@/api/sessions';

/**
 * The tenant's active sessions, counted by the server (one request, whatever the tenant's size). It follows changes:
 * every end invalidates it. Announced politely when it changes.
 */
export function ActiveSessionCount() {
  const { _: t, i18n } = useLingui();
  const query = useQuery(activeSessionCountQuery());
  if (query.isError && isRouteMissing(query.error)) return null;
  const count = query.data;
  return (
    <p className="active-count" role="status" aria-live="polite">
      {query.isPending ? (
        <span className="muted">{t('sessions.activeCounting')}</span>
      ) : query.isError || count === undefined ? (
        <>
          <span className="muted">{t('sessions.activeUnknown')}</span>{' '}
          {query.isError && (
            <button type="button" className="link-button" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </button>
          )}
        </>
      ) : (
        <>
          <span className="active-count-number">{new Intl.NumberFormat(i18n.locale).format(count)}</span>{' '}
          {t('sessions.activeCount', { count })}
        </>
      )}
    </p>
  );
}

import { useLingui } from '@lingui/react';
import { isApiError } from '@/api/errors';
import { errorMessage } from './errorMessage';

/** Shows any failure: what happened, the server's own words, the HTTP status and request id, and a retry. */
export function ErrorPanel({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { _: t } = useLingui();
  const message = errorMessage(error, t);
  const api = isApiError(error) ? error : undefined;
  const serverText = api?.kind === 'http' && api.message !== message ? api.message : undefined;
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel-title">{title ?? t('errors.title')}</p>
      <p>{message}</p>
      {serverText && <p className="muted">{t('errors.serverSaid', { text: serverText })}</p>}
      {api && (api.status !== undefined || api.requestId) && (
        <dl className="error-panel-meta">
          {api.status !== undefined && (
            <>
              <dt>{t('errors.status')}</dt>
              <dd>{api.status}</dd>
            </>
          )}
          {api.requestId && (
            <>
              <dt>{t('errors.requestId')}</dt>
              <dd>
                <code>{api.requestId}</code>
              </dd>
            </>
          )}
        </dl>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

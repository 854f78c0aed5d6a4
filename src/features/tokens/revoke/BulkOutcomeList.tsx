import { useLingui } from '@lingui/react';
import { isApiError } from '@/api/errors';
import { isSingleRevokeUnsupported } from '@/api/revoke';
import { errorMessage } from '@/components/errorMessage';
import { RelativeTime } from '@/components/RelativeTime';
import { StatusBadge, type BadgeTone } from '@/components/StatusBadge';
import type { RevocableToken } from '@/features/tokens/revocable';
import type { BulkOutcome, OutcomeState } from './useBulkRevoke';

const TONE: Record<OutcomeState, BadgeTone> = {
  queued: 'neutral',
  running: 'info',
  succeeded: 'success',
  failed: 'danger',
};

/** The tokens of a bulk revoke, with each one's outcome once it started; a failure says why, with its request id. */
export function BulkOutcomeList({ tokens, outcomes }: { tokens: RevocableToken[]; outcomes: BulkOutcome[] }) {
  const { _: t } = useLingui();
  const rows: BulkOutcome[] = outcomes.length > 0 ? outcomes : tokens.map((token) => ({ token, state: 'queued' }));
  const started = outcomes.length > 0;

  const reason = (error: unknown) => {
    if (isSingleRevokeUnsupported(error)) return t('tokens.unsupported.short');
    const message = errorMessage(error, t);
    const server = isApiError(error) && error.kind === 'http' && error.message !== message ? error.message : undefined;
    return server ? `${message} ${t('errors.serverSaid', { text: server })}` : message;
  };

  return (
    // The list scrolls, so it is a focusable, named region: keyboard users can scroll it too.
    <div className="bulk-list" tabIndex={0} role="region" aria-label={t('tokens.bulk.listCaption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('tokens.bulk.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens.columns.id')}</th>
            <th scope="col">{t('tokens.columns.type')}</th>
            <th scope="col">{t('tokens.columns.user')}</th>
            <th scope="col">{t('tokens.columns.expires')}</th>
            {started && <th scope="col">{t('tokens.bulk.outcome')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ token, state, error }) => (
            <tr key={token.id} data-outcome={started ? state : undefined}>
              <td className="mono">{token.id}</td>
              <td>{token.token_type ? t({ id: `tokens.type.${token.token_type}`, message: token.token_type }) : '—'}</td>
              <td className="mono">{token.user_id ?? '—'}</td>
              <td>
                <RelativeTime value={token.expires_at} />
              </td>
              {started && (
                <td className="bulk-outcome">
                  <StatusBadge tone={TONE[state]}>{t(`tokens.bulk.state.${state}`)}</StatusBadge>
                  {state === 'failed' && (
                    <span className="bulk-reason">
                      {reason(error)}
                      {isApiError(error) && error.requestId && (
                        <span className="bulk-request-id">
                          {t('errors.requestId')}: <code>{error.requestId}</code>
                        </span>
                      )}
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

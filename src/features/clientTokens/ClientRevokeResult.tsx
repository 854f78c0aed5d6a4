import { useLingui } from '@lingui/react';
import type { RevokeClientTokensResult } from '@/api/schemas/clients';

export interface ClientRevokeOutcome {
  result: RevokeClientTokensResult;
  /** The grace period asked for, to fall back on when the server does not echo it. */
  requested: number | undefined;
}

/** The server's counts after "revoke all tokens of this client", in plain words. */
export function ClientRevokeResult({ clientId, outcome, onDismiss }: { clientId: string; outcome: ClientRevokeOutcome; onDismiss: () => void }) {
  const { _: t, i18n } = useLingui();
  const n = (value: number | undefined) => (value === undefined ? '—' : new Intl.NumberFormat(i18n.locale).format(value));
  const { result, requested } = outcome;
  const grace = result.grace_period ?? requested;
  return (
    <div className="notice" role="status">
      <p>
        <strong>{t('clientTokens.result.title', { client: clientId })}</strong>
      </p>
      <ul>
        <li>{t('clientTokens.result.access', { n: n(result.revoked_access_tokens) })}</li>
        <li>{t('clientTokens.result.refresh', { n: n(result.revoked_refresh_tokens) })}</li>
        <li>
          {grace === undefined || grace === 0
            ? t('clientTokens.result.noGrace')
            : t('clientTokens.result.grace', { n: n(grace), human: humanSeconds(grace, i18n.locale) })}
        </li>
      </ul>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('clientTokens.dismiss')}
      </button>
    </div>
  );
}

/** 300 -> "5 minutes", 3600 -> "1 hour", 90 -> "90 seconds", in the active language. */
function humanSeconds(seconds: number, locale: string): string {
  const unit = (value: number, u: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  if (seconds % 3600 === 0) return unit(seconds / 3600, 'hour');
  if (seconds % 60 === 0) return unit(seconds / 60, 'minute');
  return unit(seconds, 'second');
}

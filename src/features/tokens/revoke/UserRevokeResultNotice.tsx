import { useLingui } from '@lingui/react';
import { errorMessage } from '@/components/errorMessage';
import type { RouteOutcome, UserRevokeResult } from './useRevokeUserTokens';

/** The result of a user-wide revoke, route by route, in plain words. */
export function UserRevokeResultNotice({ result, onDismiss }: { result: UserRevokeResult; onDismiss: () => void }) {
  const { _: t, i18n } = useLingui();
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  const line = (route: RouteOutcome) => {
    if (!route.ok) return t('tokens.userRevoke.routeFailed', { reason: errorMessage(route.error, t) });
    return route.count === undefined
      ? t('tokens.userRevoke.routeDone')
      : t('tokens.userRevoke.routeCount', { count: route.count, n: n(route.count) });
  };
  const failed = !result.session.ok || !result.oauth.ok;
  return (
    <div className={failed ? 'notice notice-warning' : 'notice'} role={failed ? 'alert' : 'status'}>
      <p>
        <strong>{t('tokens.userRevoke.resultTitle', { user: result.userId })}</strong>
      </p>
      <ul>
        <li>
          {t('tokens.userRevoke.sessionRoute')}: {line(result.session)}
        </li>
        <li>
          {t('tokens.userRevoke.oauthRoute')}: {line(result.oauth)}
        </li>
      </ul>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('tokens.dismiss')}
      </button>
    </div>
  );
}

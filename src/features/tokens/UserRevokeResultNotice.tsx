import { useTranslation } from '@/i18n/useTranslation';
import { errorMessage } from '@/components/errorMessage';
import type { RouteOutcome, UserRevokeResult } from './useRevokeUserTokens';

/** The result of a user-wide revoke, route by route, in plain words. */
export function UserRevokeResultNotice({ result, onDismiss }: { result: UserRevokeResult; onDismiss: () => void }) {
  const { t, i18n } = useTranslation('tokens');
  const { t: tCommon } = useTranslation();
  const n = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const line = (route: RouteOutcome) => {
    if (!route.ok) return t('userRevoke.routeFailed', { reason: errorMessage(route.error, tCommon) });
    return route.count === undefined
      ? t('userRevoke.routeDone')
      : t('userRevoke.routeCount', { count: route.count, n: n(route.count) });
  };
  const failed = !result.session.ok || !result.oauth.ok;
  return (
    <div className={failed ? 'notice notice-warning' : 'notice'} role={failed ? 'alert' : 'status'}>
      <p>
        <strong>{t('userRevoke.resultTitle', { user: result.userId })}</strong>
      </p>
      <ul>
        <li>
          {t('userRevoke.sessionRoute')}: {line(result.session)}
        </li>
        <li>
          {t('userRevoke.oauthRoute')}: {line(result.oauth)}
        </li>
      </ul>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

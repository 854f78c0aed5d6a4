import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { userTokensQuery } from '../../api/tokens';
import { ErrorPanel } from '../../components/ErrorPanel';
import { countTokens } from './userTokenCounts';
import { UserTokenCountsTable } from './UserTokenCountsTable';

interface UserTokensPanelProps {
  userId: string;
  onRevokeAll: () => void;
  onShowEveryone: () => void;
  revoking: boolean;
}

/** The user view: one user's tokens across every page, counted by type and status, and the user-wide revoke. */
export function UserTokensPanel({ userId, onRevokeAll, onShowEveryone, revoking }: UserTokensPanelProps) {
  const { t, i18n } = useTranslation('tokens');
  const n = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const query = useQuery(userTokensQuery(userId));
  const counts = query.data ? countTokens(query.data.items) : undefined;
  const unavailable = revoking || (counts !== undefined && counts.active === 0);

  return (
    <section className="user-view" aria-labelledby="user-view-title">
      <div className="user-view-header">
        <h2 id="user-view-title">
          {t('user.title')} <span className="mono">{userId}</span>
        </h2>
        <button type="button" className="button button-quiet" onClick={onShowEveryone}>
          {t('user.showEveryone')}
        </button>
      </div>
      {query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} title={t('user.countFailed')} />
      ) : !counts ? (
        <p className="muted" aria-busy="true">
          {t('user.counting')}
        </p>
      ) : (
        <>
          <p>{t('user.summary', { count: counts.total, n: n(counts.total), active: n(counts.active) })}</p>
          {query.data?.truncated && <p className="notice">{t('user.truncated', { n: n(counts.total) })}</p>}
          <UserTokenCountsTable counts={counts} userId={userId} />
        </>
      )}
      {/* aria-disabled, not disabled: focus comes back here after the dialog, when nothing is left to revoke */}
      <button
        type="button"
        className="button button-danger"
        aria-disabled={unavailable || undefined}
        onClick={() => !unavailable && onRevokeAll()}
      >
        {counts
          ? t('user.revokeAll', { count: counts.active, n: n(counts.active) })
          : t('user.revokeAllUncounted')}
      </button>
    </section>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useLingui } from '@lingui/react';
import { userTokenPageQuery } from '@/api/tokens';
import { ErrorPanel } from '@/components/ErrorPanel';
import type { TokenColumns, TokenTableMeta } from '@/features/tokens/table/tokenColumns';
import { UserTokenCountsTable } from './UserTokenCountsTable';
import { useUserTokenCounts } from './useUserTokenCounts';

// its own chunk, with @tanstack/react-virtual and the page loader: the tokens page's first load does not carry it
const UserAllTokens = lazy(() => import('./UserAllTokens').then((m) => ({ default: m.UserAllTokens })));

interface UserTokensPanelProps {
  userId: string;
  onRevokeAll: () => void;
  onShowEveryone: () => void;
  /** A user-wide revoke of this user is under way. */
  revoking: boolean;
  /** The paged table's columns and what its cells act on (revoke), shared with the full list. */
  tableColumns: TokenColumns;
  tableMeta: TokenTableMeta;
}

/** The user view: one user's tokens counted by type and status (from list totals), the full list, the user-wide revoke. */
export function UserTokensPanel({ userId, onRevokeAll, onShowEveryone, revoking, tableColumns, tableMeta }: UserTokensPanelProps) {
  const { _: t, i18n } = useLingui();
  const n = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(i18n.locale).format(value));
  const queryClient = useQueryClient();
  const { counts, isError, error, refetch } = useUserTokenCounts(userId);
  const unavailable = revoking || counts?.active === 0;
  const [showAll, setShowAll] = useState(false);
  const toggleAll = () => {
    // the first page's request leaves with the list's chunk, not after it
    if (!showAll) void queryClient.query(userTokenPageQuery(userId, 1)).catch(() => undefined);
    setShowAll(!showAll);
  };

  return (
    <section className="user-view" aria-labelledby="user-view-title">
      <div className="user-view-header">
        <h2 id="user-view-title">
          {t('tokens.user.title')} <span className="mono">{userId}</span>
        </h2>
        <button type="button" className="button" onClick={onShowEveryone}>
          {t('tokens.user.showEveryone')}
        </button>
      </div>
      {isError ? (
        <ErrorPanel error={error} onRetry={refetch} title={t('tokens.user.countFailed')} />
      ) : !counts ? (
        <p className="muted" aria-busy="true">
          {t('tokens.user.counting')}
        </p>
      ) : (
        <>
          <p>
            {counts.total === null
              ? t('tokens.user.summaryUncounted')
              : t('tokens.user.summary', { count: counts.total, n: n(counts.total), active: n(counts.active) })}
          </p>
          <UserTokenCountsTable counts={counts} userId={userId} />
          {counts.total !== 0 && (
            <button type="button" className="button" aria-expanded={showAll} onClick={toggleAll}>
              {showAll
                ? t('tokens.user.hideAll')
                : counts.total === null
                  ? t('tokens.user.showAllUncounted')
                  : t('tokens.user.showAll', { count: counts.total, n: n(counts.total) })}
            </button>
          )}
          {showAll && (
            <Suspense fallback={<p className="muted" aria-busy="true">{t('tokens.user.allLoading')}</p>}>
              <UserAllTokens userId={userId} columns={tableColumns} meta={tableMeta} />
            </Suspense>
          )}
        </>
      )}
      {/* aria-disabled, not disabled: focus comes back here after the dialog, when nothing is left to revoke */}
      <button
        type="button"
        className="button button-danger"
        aria-disabled={unavailable || undefined}
        onClick={() => !unavailable && onRevokeAll()}
      >
        {counts && counts.active !== null
          ? t('tokens.user.revokeAll', { count: counts.active, n: n(counts.active) })
          : t('tokens.user.revokeAllUncounted')}
      </button>
    </section>
  );
}

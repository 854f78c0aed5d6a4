import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useLingui } from '@lingui/react';
import { userTokensQuery } from '@/api/tokens';
import { ErrorPanel } from '@/components/ErrorPanel';
import { countTokens } from './userTokenCounts';
import type { TokenColumns, TokenTableMeta } from '@/features/tokens/table/tokenColumns';
import { UserTokenCountsTable } from './UserTokenCountsTable';

// its own chunk, with @tanstack/react-virtual: the tokens page's first load does not carry it
const UserAllTokens = lazy(() => import('./UserAllTokens').then((m) => ({ default: m.UserAllTokens })));

interface UserTokensPanelProps {
  userId: string;
  onRevokeAll: () => void;
  onShowEveryone: () => void;
  revoking: boolean;
  /** The paged table's columns and what its cells act on (revoke), shared with the full list. */
  tableColumns: TokenColumns;
  tableMeta: TokenTableMeta;
}

/** The user view: one user's tokens across every page, counted by type and status, and the user-wide revoke. */
export function UserTokensPanel({ userId, onRevokeAll, onShowEveryone, revoking, tableColumns, tableMeta }: UserTokensPanelProps) {
  const { _: t, i18n } = useLingui();
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  const query = useQuery(userTokensQuery(userId));
  const counts = query.data ? countTokens(query.data.items) : undefined;
  const unavailable = revoking || (counts !== undefined && counts.active === 0);
  const [showAll, setShowAll] = useState(false);

  return (
    <section className="user-view" aria-labelledby="user-view-title">
      <div className="user-view-header">
        <h2 id="user-view-title">
          {t('tokens.user.title')} <span className="mono">{userId}</span>
        </h2>
        <button type="button" className="button button-quiet" onClick={onShowEveryone}>
          {t('tokens.user.showEveryone')}
        </button>
      </div>
      {query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} title={t('tokens.user.countFailed')} />
      ) : !counts ? (
        <p className="muted" aria-busy="true">
          {t('tokens.user.counting')}
        </p>
      ) : (
        <>
          <p>{t('tokens.user.summary', { count: counts.total, n: n(counts.total), active: n(counts.active) })}</p>
          {query.data?.truncated && <p className="notice">{t('tokens.user.truncated', { n: n(counts.total) })}</p>}
          <UserTokenCountsTable counts={counts} userId={userId} />
          {counts.total > 0 && (
            <button type="button" className="button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
              {showAll ? t('tokens.user.hideAll') : t('tokens.user.showAll', { count: counts.total, n: n(counts.total) })}
            </button>
          )}
          {showAll && query.data && (
            <Suspense fallback={<p className="muted" aria-busy="true">{t('tokens.user.allLoading')}</p>}>
              <UserAllTokens userId={userId} items={query.data.items} columns={tableColumns} meta={tableMeta} />
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
        {counts
          ? t('tokens.user.revokeAll', { count: counts.active, n: n(counts.active) })
          : t('tokens.user.revokeAllUncounted')}
      </button>
    </section>
  );
}

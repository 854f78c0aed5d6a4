import { useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useLingui } from '@lingui/react';
import { ErrorPanel } from '@/components/ErrorPanel';
import { features } from '@/components/tableFeatures';
import { VirtualTable } from '@/components/VirtualTable';
import type { TokenColumns, TokenTableMeta } from '@/features/tokens/table/tokenColumns';
import { useUserAllTokens } from './useUserAllTokens';

/** Columns the user view leaves out: the user is the same on every row, and selection belongs to the paged table. */
const HIDDEN = new Set(['select', 'user_id']);

interface UserAllTokensProps {
  userId: string;
  /**
   * The paged table's columns and meta. Passed in, not imported: a module that this lazy chunk and the page both
   * import would make the bundler merge the page's chunk into a shared one.
   */
  columns: TokenColumns;
  meta: TokenTableMeta;
}

/**
 * Every token of one user in one scrollable, virtualized table (loaded on demand: a user may have thousands). The
 * pages load a few at a time with a progress bar; the rows that arrived stay when a page fails, with a retry.
 */
export function UserAllTokens({ userId, columns: allColumns, meta }: UserAllTokensProps) {
  const { _: t, i18n } = useLingui();
  const n = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(i18n.locale).format(value));
  const list = useUserAllTokens(userId);
  const columns = useMemo(
    () => allColumns.filter((c) => !HIDDEN.has(('accessorKey' in c ? String(c.accessorKey) : c.id) ?? '')),
    [allColumns],
  );
  const table = useTable({
    features,
    data: list.items,
    columns,
    meta,
    getRowId: (row, index) => row.id ?? `row-${index}`,
  });

  if (list.firstError !== undefined) {
    return <ErrorPanel error={list.firstError} onRetry={list.retry} title={t('tokens.user.allFailed')} />;
  }
  if (list.starting) {
    return (
      <p className="muted" aria-busy="true">
        {t('tokens.user.allLoading')}
      </p>
    );
  }
  const loaded = list.items.length;
  return (
    <div className="user-all-tokens" aria-busy={list.loading || undefined}>
      {list.loading && (
        <div className="user-all-progress">
          <progress value={list.expected === undefined ? undefined : loaded} max={list.expected} aria-label={t('tokens.user.allProgressLabel')} />
          <p className="muted">
            {list.expected === undefined
              ? t('tokens.user.allProgressUncounted', { loaded: n(loaded) })
              : t('tokens.user.allProgress', { loaded: n(loaded), total: n(list.expected) })}
          </p>
        </div>
      )}
      {list.limited && (
        <p className="notice">{t('tokens.user.allLimited', { shown: n(list.limited.shown), total: n(list.limited.total) })}</p>
      )}
      {list.failedPages.length > 0 && (
        <ErrorPanel
          error={list.pageError}
          onRetry={list.retry}
          title={t('tokens.user.allPagesFailed', {
            count: list.failedPages.length,
            pages: n(list.failedPages.length),
            missing: n(list.missing),
          })}
        />
      )}
      <div className="tokens-table">
        <VirtualTable
          table={table}
          caption={t('tokens.user.allCaption', { user: userId })}
          regionLabel={t('tokens.user.allRegion', { user: userId })}
        />
      </div>
    </div>
  );
}

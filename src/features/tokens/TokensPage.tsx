import { getRouteApi } from '@tanstack/react-router';
import { useTable } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLingui } from '@lingui/react';
import type { TokenInfo } from '@/api/schemas/tokens';
import { listTokens, tokenListQuery } from '@/api/tokens';
import { ExportButton } from '@/components/overlays';
import { ListSection } from '@/components/ListSection';
import { features } from '@/components/tableFeatures';
import { useNow } from '@/components/useNow';
import { usePagedList } from '@/components/usePagedList';
import { pageChanges } from '@/lib/listSearch';
import { BulkRevokeBar } from '@/features/tokens/revoke/BulkRevokeBar';
import { ClientTokensJump } from '@/features/tokens/table/ClientTokensJump';
import {
  BulkRevokeDialog,
  LazyPart,
  preloadRevoke,
  RevokeTokenDialog,
  SingleRevokeUnsupportedNotice,
} from '@/features/tokens/revoke/lazyRevoke';
import { MountOnceOpen } from '@/features/tokens/revoke/MountOnceOpen';
import type { RevocableToken } from './revocable';
import { tokenColumns, type TokenTableMeta } from '@/features/tokens/table/tokenColumns';
import { TokenFilters } from '@/features/tokens/table/TokenFilters';
import { toTokenListParams, type TokenSearch } from './tokenSearch';
import { RevokeUserTokens } from '@/features/tokens/revoke/RevokeUserTokens';
import { UserRevokeResultNotice } from '@/features/tokens/revoke/UserRevokeResultNotice';
import { UserTokensPanel } from '@/features/tokens/user/UserTokensPanel';
import type { UserRevokeResult } from '@/features/tokens/revoke/useRevokeUserTokens';
import { useTokenSelection } from '@/features/tokens/table/useTokenSelection';
import { usePendingRevokes } from '@/features/tokens/revoke/usePendingRevokes';
import './tokens.css';

const route = getRouteApi('/_app/tokens');
const getRowId = (row: TokenInfo, index: number) => row.id ?? `row-${index}`;

export function TokensPage() {
  const { _: t, i18n } = useLingui();
  const now = useNow();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const params = useMemo(() => toTokenListParams(search), [search]);
  const { query, items, summary } = usePagedList(tokenListQuery, params);

  // the revokes run in the lazily loaded dialogs; the rows and the user view read them from the mutation cache
  const pending = usePendingRevokes();
  const selection = useTokenSelection(items, JSON.stringify(params));
  const [revokeTarget, setRevokeTarget] = useState<TokenInfo>();
  const [unsupported, setUnsupported] = useState<{ token: TokenInfo; error: unknown }>();
  const [userRevokeFor, setUserRevokeFor] = useState<string>();
  const [userRevokeResult, setUserRevokeResult] = useState<UserRevokeResult>();
  const [bulkTokens, setBulkTokens] = useState<RevocableToken[]>();

  // stable callbacks, so the parts that do not show the page (filters, bulk bar) skip a page change
  const setSearch = useCallback(
    (patch: Partial<TokenSearch>, resetPage = true) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch, ...(resetPage ? { page: undefined } : {}) }) }),
    [navigate],
  );
  const onFiltersChange = useCallback((patch: Partial<TokenSearch>) => setSearch(patch), [setSearch]);

  const columns = useMemo(() => tokenColumns(t), [t]);
  const locale = i18n.locale;
  // the same object until something a cell shows changes, so rows that did not change are not rendered again
  const meta = useMemo<TokenTableMeta>(
    () => ({
      onUserClick: (userId) => void navigate({ search: (prev) => ({ ...prev, user_id: userId, page: undefined }) }),
      selection,
      onRevoke: setRevokeTarget,
      onRevokeIntent: preloadRevoke,
      isRevoking: (id) => pending.tokenIds.has(id),
      now,
      locale,
    }),
    [navigate, selection, pending, now, locale],
  );
  const table = useTable({
    features,
    data: items,
    columns,
    meta,
    getRowId,
  });

  const revokeLikely = selection.selectedTokens.length > 0 || search.user_id !== undefined || unsupported !== undefined;
  useEffect(() => {
    if (revokeLikely) preloadRevoke();
  }, [revokeLikely]);

  const activeFilters = [
    search.user_id && t('tokens.filters.userIs', { user: search.user_id }),
    search.type && t('tokens.filters.typeIs', { type: t(`tokens.type.${search.type}`) }),
    search.status && t('tokens.filters.statusIs', { status: t(`tokens.status.${search.status}`) }),
  ];

  const { selectedTokens } = selection;
  const openBulk = useCallback(() => setBulkTokens(selectedTokens), [selectedTokens]);

  const closeBulk = () => {
    setBulkTokens(undefined);
    selection.clear();
  };

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page-header">
        <h1 id="page-title">{t('tokens.title')}</h1>
        <p className="muted">{t('tokens.subtitle')}</p>
      </header>
      <div className="filters-row">
        <TokenFilters userId={search.user_id} type={search.type} status={search.status} onChange={onFiltersChange} />
        <div className="button-row">
          <ClientTokensJump />
          <ExportButton
            list="tokens"
            label={t('tokens.title')}
            filters={{ user: search.user_id, type: search.type, status: search.status }}
            fetchPage={(page, page_size, signal) => listTokens({ ...params, page, page_size }, signal)}
          />
        </div>
      </div>
      {search.user_id && (
        <UserTokensPanel
          userId={search.user_id}
          revoking={pending.userIds.has(search.user_id)}
          tableColumns={columns}
          tableMeta={meta}
          onRevokeAll={() => setUserRevokeFor(search.user_id)}
          onShowEveryone={() => setSearch({ user_id: undefined })}
        />
      )}
      {userRevokeResult && (
        <UserRevokeResultNotice result={userRevokeResult} onDismiss={() => setUserRevokeResult(undefined)} />
      )}
      {unsupported && (
        <LazyPart>
          <SingleRevokeUnsupportedNotice
            token={unsupported.token}
            error={unsupported.error}
            onRevokeUser={setUserRevokeFor}
            onDismiss={() => setUnsupported(undefined)}
          />
        </LazyPart>
      )}
      <ListSection
        query={query}
        table={table}
        caption={t('tokens.caption')}
        rowClassName={(row) => (selection.isSelected(row.id) ? 'row-selected' : undefined)}
        beforeTable={<BulkRevokeBar count={selectedTokens.length} onRevoke={openBulk} onClear={selection.clear} />}
        tableClassName="tokens-table"
        empty={{ title: t('tokens.empty'), filteredTitle: t('tokens.emptyFiltered'), filters: activeFilters }}
        pagination={{ label: t('tokens.pagination'), summary, ...pageChanges((patch) => setSearch(patch, false)) }}
      />
      <MountOnceOpen open={revokeTarget !== undefined}>
        <LazyPart>
          <RevokeTokenDialog
            token={revokeTarget}
            onClose={() => setRevokeTarget(undefined)}
            onUnsupported={(token, error) => setUnsupported({ token, error })}
          />
        </LazyPart>
      </MountOnceOpen>
      <MountOnceOpen open={bulkTokens !== undefined}>
        <LazyPart>
          <BulkRevokeDialog open={bulkTokens !== undefined} tokens={bulkTokens ?? []} onClose={closeBulk} />
        </LazyPart>
      </MountOnceOpen>
      <MountOnceOpen open={userRevokeFor !== undefined}>
        <RevokeUserTokens
          userId={userRevokeFor}
          onClose={() => setUserRevokeFor(undefined)}
          onDone={(result) => {
            setUserRevokeResult(result);
            setUnsupported(undefined);
          }}
        />
      </MountOnceOpen>
    </section>
  );
}

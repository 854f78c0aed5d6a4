import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTable } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useLingui } from '@lingui/react';
import { isRouteMissing } from '@/api/errors';
import type { SessionItem } from '@/api/schemas/sessions';
import { listSessions, sessionListQuery } from '@/api/sessions';
import { EndUserSessionsDialog } from '@/components/EndUserSessionsDialog';
import { ListSection } from '@/components/ListSection';
import { ExportButton } from '@/components/overlays';
import { NotOffered } from '@/components/NotOffered';
import { features } from '@/components/tableFeatures';
import { useClientNames } from '@/components/useClientNames';
import { useNow } from '@/components/useNow';
import { usePagedList } from '@/components/usePagedList';
import { pageChanges } from '@/lib/listSearch';
import { ActiveSessionCount } from './ActiveSessionCount';
import { findCachedSession } from '@/features/sessions/detail/findCachedSession';
import { SessionDetailDialog } from '@/features/sessions/detail/SessionDetailDialog';
import { EndSessionsDialog } from '@/features/sessions/end/EndSessionsDialog';
import { PurgeExpiredDialog } from '@/features/sessions/end/PurgeExpiredDialog';
import { SelectionBar } from '@/features/sessions/table/SelectionBar';
import { sessionColumns, type SessionTableMeta } from '@/features/sessions/table/sessionColumns';
import { SessionFilters, type SessionFilterPatch } from '@/features/sessions/table/SessionFilters';
import { useSessionSelection } from '@/features/sessions/table/useSessionSelection';
import { SessionsTabs } from './SessionsTabs';
import { toSessionListParams, type SessionSearch } from './sessionSearch';
import './sessions.css';

const route = getRouteApi('/_app/sessions');
const getRowId = (row: SessionItem, index: number) => row.id ?? `row-${index}`;

/** The tenant's sessions: filtered and paged by the server, with the active count, details, and ending them. */
export function SessionsPage() {
  const { _: t, i18n } = useLingui();
  const now = useNow();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const params = useMemo(() => toSessionListParams(search), [search]);
  const { query, items, summary } = usePagedList(sessionListQuery, params);
  const clients = useClientNames();
  const missing = query.isError && isRouteMissing(query.error);

  // the pick is kept across pages, and starts afresh when a filter changes
  const { page: _page, page_size: _size, ...filters } = params;
  const selection = useSessionSelection(items, JSON.stringify(filters));
  const [ending, setEnding] = useState<readonly SessionItem[]>();
  const [endingUser, setEndingUser] = useState<string>();
  const [purging, setPurging] = useState(false);

  const setSearch = useCallback(
    (patch: Partial<SessionSearch>, resetPage = true) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch, ...(resetPage ? { page: undefined } : {}) }) }),
    [navigate],
  );
  const onFilters = useCallback((patch: SessionFilterPatch) => setSearch(patch), [setSearch]);
  const onEnd = useCallback((session: SessionItem) => setEnding([session]), []);

  const columns = useMemo(() => sessionColumns(t), [t]);
  const { nameOf, incomplete } = clients;
  const locale = i18n.locale;
  const meta = useMemo<SessionTableMeta>(
    () => ({ selection, clientName: nameOf, linkUnknownClients: incomplete, onEnd, now, locale }),
    [selection, nameOf, incomplete, onEnd, now, locale],
  );
  const table = useTable({ features, data: items, columns, meta, getRowId });

  const { selected } = selection;
  const openBulk = useCallback(() => setEnding(selected), [selected]);
  const clientLabel = search.client_id && (nameOf(search.client_id) ?? search.client_id);
  const activeFilters = [
    search.user_id && t('sessions.filters.userIs', { user: search.user_id }),
    clientLabel && t('sessions.filters.clientIs', { client: clientLabel }),
    search.status && t('sessions.filters.statusIs', { status: t(`sessions.status.${search.status}`) }),
    search.ip && t('sessions.filters.ipIs', { ip: search.ip }),
    search.min_risk !== undefined && t('sessions.filters.riskIs', { score: search.min_risk }),
  ];

  return (
    <section aria-labelledby="page-title" className="page sessions-page">
      <header className="page-header sessions-header">
        <div>
          <h1 id="page-title">{t('sessions.title')}</h1>
          <p className="muted">{t('sessions.subtitle')}</p>
        </div>
        <div className="button-row">
          <ActiveSessionCount />
          {!missing && (
            <ExportButton
              list="sessions"
              label={t('sessions.title')}
              filters={{ user: search.user_id, client: search.client_id, status: search.status, ip: search.ip, risk: search.min_risk }}
              fetchPage={(page, page_size, signal) => listSessions({ ...params, page, page_size }, signal)}
            />
          )}
        </div>
      </header>
      <SessionsTabs />
      {missing ? (
        <NotOffered message={t('sessions.notOffered')} error={query.error} />
      ) : (
        <>
          <SessionFilters search={search} clients={clients.clients} clientsFailed={clients.failed} onChange={onFilters} />
          <div className="sessions-actions">
            {search.user_id && (
              <button type="button" className="button button-danger" onClick={() => setEndingUser(search.user_id)}>
                {t('sessions.endUser.open', { user: search.user_id })}
              </button>
            )}
            <button type="button" className="button" onClick={() => setPurging(true)}>
              {t('sessions.purge.open')}
            </button>
          </div>
          <ListSection
            query={query}
            table={table}
            caption={t('sessions.caption')}
            rowClassName={(row) => (selection.isSelected(row.id) ? 'row-selected' : undefined)}
            beforeTable={<SelectionBar count={selected.length} onEnd={openBulk} onClear={selection.clear} />}
            tableClassName="sessions-table"
            empty={{ title: t('sessions.empty'), filteredTitle: t('sessions.emptyFiltered'), filters: activeFilters }}
            pagination={{ label: t('sessions.pagination'), summary, ...pageChanges((patch) => setSearch(patch, false)) }}
          />
        </>
      )}
      <SessionDetailDialog
        sessionId={search.session}
        session={findCachedSession(search.session, items, queryClient)}
        clientName={nameOf}
        linkUnknownClients={incomplete}
        onClose={() => setSearch({ session: undefined }, false)}
        onEnd={onEnd}
      />
      <EndSessionsDialog
        sessions={ending}
        onClose={(started) => {
          if (started && ending && ending.length > 1) selection.clear();
          setEnding(undefined);
        }}
      />
      <EndUserSessionsDialog userId={endingUser} tokens="offer" onClose={() => setEndingUser(undefined)} />
      <PurgeExpiredDialog open={purging} onClose={() => setPurging(false)} />
    </section>
  );
}

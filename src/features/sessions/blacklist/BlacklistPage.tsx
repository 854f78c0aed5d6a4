import { getRouteApi } from '@tanstack/react-router';
import { useTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useLingui } from '@lingui/react';
import { isRouteMissing } from '@/api/errors';
import type { BlacklistEntry } from '@/api/schemas/tokenBlacklist';
import { blacklistQuery, listBlacklist } from '@/api/tokenBlacklist';
import { ListSection } from '@/components/ListSection';
import { NotOffered } from '@/components/NotOffered';
import { ExportButton } from '@/components/overlays';
import { features } from '@/components/tableFeatures';
import { useNow } from '@/components/useNow';
import { usePagedList } from '@/components/usePagedList';
import { pageChanges } from '@/lib/listSearch';
import { toBlacklistListParams } from '@/features/sessions/blacklistSearch';
import { SessionsTabs } from '@/features/sessions/SessionsTabs';
import { blacklistColumns, type BlacklistTableMeta } from './blacklistColumns';
import { LiftEntryDialog } from './LiftEntryDialog';
import '@/features/sessions/sessions.css';

const route = getRouteApi('/_app/sessions/blacklist');
const getRowId = (row: BlacklistEntry, index: number) => row.id ?? `row-${index}`;

/** The token blacklist, beside the sessions: tokens refused before they expire, paged, each one liftable. */
export function BlacklistPage() {
  const { _: t, i18n } = useLingui();
  const now = useNow();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const params = useMemo(() => toBlacklistListParams(search), [search]);
  const { query, items, summary } = usePagedList(blacklistQuery, params);
  const [lifting, setLifting] = useState<BlacklistEntry & { id: string }>();
  const columns = useMemo(() => blacklistColumns(t), [t]);
  const locale = i18n.locale;
  const meta = useMemo<BlacklistTableMeta>(() => ({ onLift: setLifting, now, locale }), [now, locale]);
  const table = useTable({ features, data: items, columns, meta, getRowId });
  const missing = query.isError && isRouteMissing(query.error);

  return (
    <section aria-labelledby="page-title" className="page sessions-page">
      <header className="page-header sessions-header">
        <div>
          <h1 id="page-title">{t('sessions.blacklist.title')}</h1>
          <p className="muted">{t('sessions.blacklist.subtitle')}</p>
        </div>
        {!missing && (
          <ExportButton
            list="token-blacklist"
            label={t('sessions.blacklist.title')}
            filters={{}}
            fetchPage={(page, page_size, signal) => listBlacklist({ page, page_size }, signal)}
          />
        )}
      </header>
      <SessionsTabs />
      {missing ? (
        <NotOffered message={t('sessions.blacklist.notOffered')} error={query.error} />
      ) : (
        <ListSection
          query={query}
          table={table}
          caption={t('sessions.blacklist.caption')}
          empty={{ title: t('sessions.blacklist.empty') }}
          pagination={{
            label: t('sessions.blacklist.pagination'),
            summary,
            ...pageChanges((patch) => void navigate({ search: (prev) => ({ ...prev, ...patch }) })),
          }}
        />
      )}
      <LiftEntryDialog entry={lifting} onClose={() => setLifting(undefined)} />
    </section>
  );
}

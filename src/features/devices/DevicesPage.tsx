import { useIsMutating, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTable } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useLingui } from '@lingui/react';
import { deviceListQuery, listDevices } from '@/api/devices';
import { mutationKeys } from '@/api/queryKeys';
import type { DeviceSession } from '@/api/schemas/devices';
import { ExportButton } from '@/components/overlays';
import { ListSection } from '@/components/ListSection';
import { features } from '@/components/tableFeatures';
import { summarizePage } from '@/lib/pagination';
import { pageChanges } from '@/lib/listSearch';
import { deviceColumns } from '@/features/devices/table/deviceColumns';
import { DeviceFilters } from './DeviceFilters';
import { EndSessionDialog } from '@/features/devices/end/EndSessionDialog';
import { toDeviceListParams, type DeviceSearch } from './deviceSearch';
import { findSession } from '@/features/devices/detail/findSession';
import { LiveControls, type LiveState } from '@/features/devices/live/LiveControls';
import { chooseRefreshInterval } from '@/features/devices/live/refreshInterval';
import { SessionDetailDialog } from '@/features/devices/detail/SessionDetailDialog';
import { StatusChangeAnnouncer } from '@/features/devices/live/StatusChangeAnnouncer';
import { useClientNames } from '@/components/useClientNames';
import { useDocumentVisible } from '@/components/useDocumentVisible';
import { useEndSession } from '@/features/devices/end/useEndSession';
import { useStatusCounts } from '@/features/devices/live/useStatusCounts';
import { useStatusHighlights } from '@/features/devices/live/useStatusHighlights';
import './devices.css';

const route = getRouteApi('/_app/devices');
const DEVICE_EXPORT_COLUMNS = [
  'device_code',
  'user_code',
  'client_id',
  'user_id',
  'scope',
  'status',
  'interval',
  'poll_count',
  'created_at',
  'updated_at',
  'expires_at',
] as const;

export function DevicesPage() {
  const { _: t } = useLingui();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const visible = useDocumentVisible();
  const [paused, setPaused] = useState(false);
  const [ending, setEnding] = useState<DeviceSession>();
  const endSession = useEndSession();
  // While a session is being ended the lists hold still: a refresh answered before the end would undo the new status.
  // the auto-refresh holds while a session ends, so no stale answer lands on the optimistic row
  const holding = useIsMutating({ mutationKey: mutationKeys.devices.end }) > 0;
  const params = toDeviceListParams(search);

  const watchingPending = search.status === 'pending';
  const query = useQuery({
    ...deviceListQuery(params),
    refetchInterval: (q) =>
      holding ? false : chooseRefreshInterval({ sessions: q.state.data?.items ?? [], now: Date.now(), paused, watchingPending }),
    refetchIntervalInBackground: false,
  });
  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  // The same choice for what the page says and for the counts; every answer re-renders, so it follows the list.
  const refreshMs = chooseRefreshInterval({ sessions: items, now: Date.now(), paused, watchingPending });
  const counts = useStatusCounts(search, holding ? false : refreshMs);
  const clients = useClientNames();
  const changes = useStatusHighlights(items, query.isPlaceholderData ? 0 : query.dataUpdatedAt);
  const changed = useMemo(() => new Set(changes.map((c) => c.deviceCode)), [changes]);

  const setSearch = (patch: Partial<DeviceSearch>, resetPage = true) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, ...(resetPage ? { page: undefined } : {}) }) });

  const { nameOf } = clients;
  const onEnd = useCallback((session: DeviceSession) => setEnding(session), []);
  const columns = useMemo(
    () => deviceColumns(t, { clientName: nameOf, linkUnknownClients: clients.incomplete, onEnd }),
    [t, nameOf, clients.incomplete, onEnd],
  );
  const table = useTable({
    features,
    data: items,
    columns,
    getRowId: (row, index) => row.device_code ?? `row-${index}`,
  });

  const summary = summarizePage(query.data?.pagination, query.data?.total, items.length, {
    page: params.page ?? 1,
    pageSize: params.page_size ?? 20,
  });

  const liveState: LiveState = paused ? 'paused' : refreshMs === false ? 'idle' : visible ? 'live' : 'hidden';
  const clientLabel = search.client_id && (nameOf(search.client_id) ?? search.client_id);
  const activeFilters = [
    search.status && t('devices.filters.statusIs', { status: t(`devices.status.${search.status}`) }),
    clientLabel && t('devices.filters.clientIs', { client: clientLabel }),
  ];

  return (
    <section aria-labelledby="page-title" className="page devices-page">
      <header className="page-header page-header-with-action">
        <div>
          <h1 id="page-title">{t('devices.title')}</h1>
          <p className="muted">{t('devices.subtitle')}</p>
        </div>
        <ExportButton
          list="devices"
          label={t('devices.title')}
          filters={{ status: search.status, client: search.client_id }}
          fetchPage={(page, page_size, signal) => listDevices({ status: search.status, client_id: search.client_id, page, page_size }, signal)}
          columns={DEVICE_EXPORT_COLUMNS}
        />
      </header>
      <DeviceFilters
        search={search}
        counts={counts}
        clients={clients.clients}
        clientsFailed={clients.failed}
        onChange={(patch) => setSearch(patch)}
      />
      <LiveControls
        state={liveState}
        intervalMs={refreshMs}
        paused={paused}
        onPausedChange={setPaused}
        updatedAt={query.dataUpdatedAt}
      />
      <StatusChangeAnnouncer changes={changes} />
      <ListSection
        query={query}
        table={table}
        caption={t('devices.caption')}
        rowClassName={(row) => (row.device_code && changed.has(row.device_code) ? 'row-changed' : undefined)}
        empty={{
          title: t('devices.empty'),
          filteredTitle: t('devices.emptyFiltered'),
          filters: activeFilters,
          hint: search.status === 'pending' && liveState === 'live' && <p>{t('devices.emptyPendingLive')}</p>,
        }}
        pagination={{ label: t('devices.pagination'), summary, ...pageChanges((patch) => setSearch(patch, false)) }}
      />
      <SessionDetailDialog
        deviceCode={search.session}
        session={findSession(search.session, items, queryClient)}
        loading={query.isPending}
        clientName={nameOf}
        linkUnknownClients={clients.incomplete}
        onClose={() => setSearch({ session: undefined }, false)}
        onEnd={onEnd}
      />
      <EndSessionDialog
        session={ending}
        clientName={nameOf}
        mutation={endSession}
        onClose={() => setEnding(undefined)}
      />
    </section>
  );
}

import { useLingui } from '@lingui/react';
import type { OAuthClient } from '@/api/schemas/clients';
import { ClientPicker } from './ClientPicker';
import type { DeviceSearch } from './deviceSearch';
import { StatusSegments } from '@/features/devices/live/StatusSegments';
import type { StatusCounts } from '@/features/devices/live/useStatusCounts';

type FilterPatch = Partial<Pick<DeviceSearch, 'status' | 'client_id'>>;

interface DeviceFiltersProps {
  search: DeviceSearch;
  counts: StatusCounts;
  clients: OAuthClient[];
  clientsFailed: boolean;
  onChange: (patch: FilterPatch) => void;
}

export function DeviceFilters({ search, counts, clients, clientsFailed, onChange }: DeviceFiltersProps) {
  const { _: t } = useLingui();
  return (
    <div className="filters" role="search" aria-label={t('devices.filters.label')}>
      <StatusSegments value={search.status} counts={counts} onChange={(status) => onChange({ status })} />
      <ClientPicker value={search.client_id} clients={clients} onChange={(clientId) => onChange({ client_id: clientId })} />
      {(search.status || search.client_id) && (
        <button type="button" className="button button-quiet" onClick={() => onChange({ status: undefined, client_id: undefined })}>
          {t('devices.filters.clear')}
        </button>
      )}
      {clientsFailed && <p className="hint">{t('devices.filters.clientsUnavailable')}</p>}
    </div>
  );
}

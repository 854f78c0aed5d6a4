import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { countOf, OVERVIEW_DEVICE_STATUSES } from '@/features/overview/overviewQueries';
import type { OverviewData } from '@/features/overview/useOverviewData';
import { Figure, Tile } from '@/features/overview/Tile';

/** Device-code logins: pending now, authorized and denied, each opening the device sessions so filtered. */
export function DevicesTile({ devices }: Pick<OverviewData, 'devices'>) {
  const { _: t } = useLingui();
  const queries = OVERVIEW_DEVICE_STATUSES.map((status) => ({ status, query: devices[status] }));
  return (
    <Tile id="tile-devices" title={t('overview.devices.title')} queries={queries.map((q) => q.query)}>
      <div className="figures">
        {queries.map(({ status, query }) => (
          <Link key={status} to="/devices" search={{ status }} className="figure">
            <Figure value={countOf(query.data)} pending={query.isPending} label={t(`overview.devices.${status}`)} />
          </Link>
        ))}
      </div>
    </Tile>
  );
}

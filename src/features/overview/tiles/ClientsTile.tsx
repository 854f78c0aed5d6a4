import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { countOf } from '@/features/overview/overviewQueries';
import type { OverviewData } from '@/features/overview/useOverviewData';
import { Figure, Tile } from '@/features/overview/Tile';

/** Active and suspended clients, each opening the clients list so filtered. */
export function ClientsTile({ clients }: Pick<OverviewData, 'clients'>) {
  const { _: t } = useLingui();
  const { active, suspended } = clients;
  return (
    <Tile id="tile-clients" title={t('overview.clients.title')} queries={[active, suspended]}>
      <div className="figures">
        <Link to="/clients" search={{ status: 'active' }} className="figure">
          <Figure value={countOf(active.data)} pending={active.isPending} label={t('overview.clients.active')} />
        </Link>
        <Link to="/clients" search={{ status: 'suspended' }} className="figure">
          <Figure value={countOf(suspended.data)} pending={suspended.isPending} label={t('overview.clients.suspended')} />
        </Link>
      </div>
    </Tile>
  );
}

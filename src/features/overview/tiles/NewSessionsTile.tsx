import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import type { OverviewData } from '@/features/overview/useOverviewData';
import { Figure, Tile } from '@/features/overview/Tile';

/** Sessions started in the last 24 hours, and how many users were active. */
export function NewSessionsTile({ sessions }: Pick<OverviewData, 'sessions'>) {
  const { _: t } = useLingui();
  const { stats } = sessions;
  return (
    <Tile id="tile-new-sessions" title={t('overview.created.title')} queries={[stats]} notOffered={t('overview.notOffered.sessions')}>
      <div className="figures">
        <Link to="/sessions" className="figure">
          <Figure value={stats.data?.created_24h} pending={stats.isPending} label={t('overview.created.sessions')} />
        </Link>
        <span className="figure">
          <Figure value={stats.data?.users_active_24h} pending={stats.isPending} label={t('overview.created.users')} />
        </span>
      </div>
    </Tile>
  );
}

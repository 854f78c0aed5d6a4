import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import type { OverviewData } from '@/features/overview/useOverviewData';
import { Figure, Tile } from '@/features/overview/Tile';

/** The share of active sessions that passed MFA. */
export function MfaTile({ sessions }: Pick<OverviewData, 'sessions'>) {
  const { _: t } = useLingui();
  const { stats } = sessions;
  const ratio = stats.data?.mfa_ratio;
  const share = ratio !== undefined && ratio >= 0 && ratio <= 1 ? ratio : undefined;
  return (
    <Tile id="tile-mfa" title={t('overview.mfa.title')} queries={[stats]} notOffered={t('overview.notOffered.sessions')}>
      <div className="figures">
        <Link to="/sessions" search={{ status: 'active' }} className="figure">
          <Figure value={share} format="percent" pending={stats.isPending} label={t('overview.mfa.share')} />
        </Link>
      </div>
    </Tile>
  );
}

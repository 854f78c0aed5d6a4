import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import type { OverviewData } from '@/features/overview/useOverviewData';
import { Figure, Tile } from '@/features/overview/Tile';

/** Active access and refresh tokens of the tenant, each opening the tokens list so filtered. */
export function TokensTile({ tokens }: Pick<OverviewData, 'tokens'>) {
  const { _: t } = useLingui();
  const { access, refresh } = tokens;
  return (
    <Tile id="tile-tokens" title={t('overview.tokens.title')} queries={[access, refresh]}>
      <div className="figures">
        <Link to="/tokens" search={{ type: 'access', status: 'active' }} className="figure">
          <Figure value={access.data} pending={access.isPending} label={t('overview.tokens.access')} />
        </Link>
        <Link to="/tokens" search={{ type: 'refresh', status: 'active' }} className="figure">
          <Figure value={refresh.data} pending={refresh.isPending} label={t('overview.tokens.refresh')} />
        </Link>
      </div>
    </Tile>
  );
}

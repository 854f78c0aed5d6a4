import { useEffect, useState } from 'react';
import { useLingui } from '@lingui/react';
import { loadGroupedBarChart } from '@/components/charts/LazyGroupedBarChart';
import { formatUpdatedTime, LiveControls, type LiveState } from '@/components/LiveControls';
import { useDocumentVisible } from '@/components/useDocumentVisible';
import { SessionsChart } from './SessionsChart';
import { ClientsTile } from './tiles/ClientsTile';
import { DevicesTile } from './tiles/DevicesTile';
import { MfaTile } from './tiles/MfaTile';
import { NewSessionsTile } from './tiles/NewSessionsTile';
import { SessionsTile } from './tiles/SessionsTile';
import { TokensTile } from './tiles/TokensTile';
import { TopClients } from './TopClients';
import { OVERVIEW_REFRESH_MS, useOverviewData } from './useOverviewData';
import './overview.css';

/**
 * The landing page: the tenant at a glance. Every figure comes from its own request (sent by the route loader, all
 * at once), shows when its answer comes, fails alone, and opens the list it counts.
 */
export function OverviewPage() {
  const { _: t, i18n } = useLingui();
  const [paused, setPaused] = useState(false);
  const visible = useDocumentVisible();
  const data = useOverviewData(paused);
  // the chart's code loads beside the figures, not after them
  useEffect(() => void loadGroupedBarChart(), []);

  const state: LiveState = paused ? 'paused' : visible ? 'live' : 'hidden';
  const statusText =
    state === 'live'
      ? t('overview.live.every', { seconds: OVERVIEW_REFRESH_MS / 1000 })
      : state === 'hidden'
        ? t('overview.live.hidden')
        : t('overview.live.paused');

  return (
    <section aria-labelledby="page-title" className="page overview-page">
      <header className="page-header overview-header">
        <div>
          <h1 id="page-title">{t('overview.title')}</h1>
          <p className="muted">{t('overview.subtitle')}</p>
        </div>
        <LiveControls
          state={state}
          statusText={statusText}
          label={t('overview.live.label')}
          paused={paused}
          onPausedChange={setPaused}
          updatedText={data.updatedAt > 0 ? t('overview.live.updated', { time: formatUpdatedTime(i18n.locale, data.updatedAt) }) : undefined}
        />
      </header>
      <div className="overview-tiles">
        <TokensTile tokens={data.tokens} />
        <SessionsTile sessions={data.sessions} />
        <MfaTile sessions={data.sessions} />
        <NewSessionsTile sessions={data.sessions} />
        <ClientsTile clients={data.clients} />
        <DevicesTile devices={data.devices} />
      </div>
      <div className="overview-panels">
        <SessionsChart stats={data.sessions.stats} />
        <TopClients sessions={data.sessions} clients={data.clients} />
      </div>
    </section>
  );
}

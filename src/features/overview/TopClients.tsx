import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import type { OverviewData } from './useOverviewData';
import { Tile } from './Tile';

const TOP = 5;

/** The clients with the most active sessions (stats `by_client`), named from the clients list, each linked. */
export function TopClients({ sessions, clients }: Pick<OverviewData, 'sessions' | 'clients'>) {
  const { _: t, i18n } = useLingui();
  const { stats } = sessions;
  const names = new Map((clients.names.data?.items ?? []).map((client) => [client.client_id, client.name]));
  const top = (stats.data?.by_client ?? [])
    .filter((entry): entry is { client_id: string; active: number } => !!entry.client_id && entry.active !== undefined && entry.active > 0)
    .sort((a, b) => b.active - a.active)
    .slice(0, TOP);
  const most = top[0]?.active ?? 1;
  const number = new Intl.NumberFormat(i18n.locale);
  return (
    <Tile id="panel-top-clients" title={t('overview.top.title')} queries={[stats]} notOffered={t('overview.notOffered.sessions')}>
      {stats.isSuccess && top.length === 0 && <p className="muted">{t('overview.top.empty')}</p>}
      {top.length > 0 && (
        <ol className="top-clients">
          {top.map((entry) => {
            const name = names.get(entry.client_id)?.trim() || entry.client_id;
            return (
              <li key={entry.client_id}>
                <Link to="/clients/$clientId" params={{ clientId: entry.client_id }} className="top-client-name">
                  {name}
                </Link>
                <span className="top-client-bar" aria-hidden="true">
                  <span style={{ width: `${(entry.active / most) * 100}%` }} />
                </span>
                <Link to="/sessions" search={{ status: 'active', client_id: entry.client_id }} className="top-client-count">
                  {t('overview.top.sessions', { count: entry.active, formatted: number.format(entry.active) })}
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </Tile>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import type { SessionItem } from '@/api/schemas/sessions';
import { ClientLink } from '@/components/ClientLink';
import { ClipText } from '@/components/ClipText';
import { PlainTable, type PlainColumn } from '@/components/PlainTable';
import { QueryPart } from '@/components/QueryPart';
import { RelativeTimeText } from '@/components/RelativeTime';
import { RevealTime } from '@/components/RevealTime';
import { riskLevelOf, riskTone } from '@/components/sessionTones';
import { StatusBadge } from '@/components/StatusBadge';
import type { ClientNames } from '@/components/useClientNames';
import { useNow } from '@/components/useNow';
import { formatLocation } from '@/lib/location';
import { shortenUserAgent } from '@/lib/userAgent';
import { userQueries } from './userQueries';
import { UserSection } from './UserSection';

/** The user's active sessions (the first page of them, the total from the list), each with a link to its details. */
export function UserSessionsSection({ userId, clients }: { userId: string; clients: ClientNames }) {
  const { _: t, i18n } = useLingui();
  const now = useNow();
  const locale = i18n.locale;
  const query = useQuery(userQueries.sessions(userId));
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  const columns: PlainColumn<SessionItem>[] = [
    {
      header: t('sessions.columns.client'),
      cell: (s) => <ClientLink clientId={s.client_id} name={clients.nameOf(s.client_id)} linkUnknown={clients.incomplete} />,
    },
    { header: t('sessions.columns.ip'), cell: (s) => <span className="mono">{s.ip ?? '—'}</span> },
    { header: t('sessions.columns.location'), cell: (s) => <ClipText text={formatLocation(s.location)} /> },
    { header: t('sessions.columns.device'), cell: (s) => <ClipText text={s.user_agent} shown={shortenUserAgent(s.user_agent)} /> },
    {
      header: t('sessions.columns.mfa'),
      cell: (s) =>
        s.mfa === undefined ? '—' : <StatusBadge tone={s.mfa ? 'success' : 'warning'}>{t(s.mfa ? 'sessions.mfa.yes' : 'sessions.mfa.no')}</StatusBadge>,
    },
    {
      header: t('sessions.columns.risk'),
      cell: (s) => {
        const level = riskLevelOf(s.risk_level, s.risk_score);
        return (
          <span className="risk">
            {level && <StatusBadge tone={riskTone(level)}>{t(`sessions.risk.${level}`)}</StatusBadge>}
            {s.risk_score ?? (level ? '' : '—')}
          </span>
        );
      },
    },
    { header: t('sessions.columns.lastActive'), cell: (s) => <RevealTime value={s.last_active_at} now={now} locale={locale} /> },
    { header: t('sessions.columns.expires'), cell: (s) => <RelativeTimeText value={s.expires_at} now={now} locale={locale} /> },
    {
      header: t('sessions.columns.actions'),
      hiddenHeader: true,
      cell: (s) =>
        s.id && (
          <Link
            to="/sessions"
            search={{ user_id: userId, session: s.id }}
            className="button button-small"
            aria-label={t('sessions.details.open', { id: s.id })}
          >
            {t('sessions.details.openShort')}
          </Link>
        ),
    },
  ];

  return (
    <UserSection
      id="sessions"
      title={t('sessions.user.sessions.title')}
      aside={
        <Link to="/sessions" search={{ user_id: userId }}>
          {t('sessions.user.sessions.all')}
        </Link>
      }
    >
      <QueryPart query={query} loading={t('sessions.details.loading')} notOffered={t('sessions.notOffered')}>
        {({ items, ...list }) => {
          const total = list.total ?? list.pagination?.total ?? items.length;
          if (items.length === 0) return <p className="muted">{t('sessions.user.sessions.none')}</p>;
          return (
            <>
              <p>
                {total > items.length
                  ? t('sessions.user.sessions.countSome', { count: total, n: n(total), shown: n(items.length) })
                  : t('sessions.user.sessions.count', { count: total, n: n(total) })}
              </p>
              <PlainTable
                caption={t('sessions.user.sessions.caption', { user: userId })}
                columns={columns}
                rows={items}
                rowKey={(s, i) => s.id ?? String(i)}
              />
            </>
          );
        }}
      </QueryPart>
    </UserSection>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { TOKEN_STATUSES, TOKEN_TYPES, type TokenInfo, type TokenStatus } from '@/api/schemas/tokens';
import { ClipText } from '@/components/ClipText';
import { ErrorPanel } from '@/components/ErrorPanel';
import { PlainTable, type PlainColumn } from '@/components/PlainTable';
import { QueryPart } from '@/components/QueryPart';
import { RelativeTimeText } from '@/components/RelativeTime';
import { StatusBadge } from '@/components/StatusBadge';
import { useNow } from '@/components/useNow';
import { useUserTokenCounts } from '@/components/useUserTokenCounts';
import type { Count, TokenCounts } from '@/lib/tokenCounts';
import { shortenUserAgent } from '@/lib/userAgent';
import { userQueries } from './userQueries';
import { UserSection } from './UserSection';

const statusTone = (status: string) => (status === 'active' ? 'success' : status === 'revoked' ? 'danger' : 'neutral');
type CountRow = { label: string; count: (status: TokenStatus) => Count; total: Count };

/**
 * The user's tokens counted by type and status (7 list totals, whatever their number) and the newest few; revoking
 * one by one happens on the tokens page, which the section links to.
 */
export function UserTokensSection({ userId }: { userId: string }) {
  const { _: t, i18n } = useLingui();
  const now = useNow();
  const locale = i18n.locale;
  const counts = useUserTokenCounts(userId);
  const query = useQuery(userQueries.tokens(userId));
  const n = (value: Count) => (value === null ? '—' : new Intl.NumberFormat(locale).format(value));
  const typeName = (type: string) => t({ id: `sessions.user.tokenType.${type}`, message: type });
  const time = (value: string | undefined) => <RelativeTimeText value={value} now={now} locale={locale} />;

  const countRows = (c: TokenCounts): CountRow[] => [
    ...TOKEN_TYPES.map((type) => ({ label: typeName(type), count: (status: TokenStatus) => c.cell(type, status), total: c.typeTotal(type) })),
    { label: t('sessions.user.tokens.total'), count: c.statusTotal, total: c.total },
  ];
  const countColumns: PlainColumn<CountRow>[] = [
    { header: t('sessions.user.tokens.type'), cell: (row) => row.label, rowHeader: true },
    ...TOKEN_STATUSES.map((status) => ({ header: t(`sessions.user.tokenStatus.${status}`), cell: (row: CountRow) => n(row.count(status)) })),
    { header: t('sessions.user.tokens.total'), cell: (row) => n(row.total) },
  ];
  const tokenColumns: PlainColumn<TokenInfo>[] = [
    { header: t('sessions.blacklist.columns.token'), cell: (token) => <code className="mono">{token.id ?? '—'}</code> },
    { header: t('sessions.user.tokens.type'), cell: (token) => (token.token_type ? typeName(token.token_type) : '—') },
    {
      header: t('sessions.columns.status'),
      cell: (token) =>
        token.status ? (
          <StatusBadge tone={statusTone(token.status)}>{t({ id: `sessions.user.tokenStatus.${token.status}`, message: token.status })}</StatusBadge>
        ) : (
          '—'
        ),
    },
    { header: t('sessions.columns.ip'), cell: (token) => <span className="mono">{token.ip ?? '—'}</span> },
    { header: t('sessions.columns.device'), cell: (token) => <ClipText text={token.user_agent} shown={shortenUserAgent(token.user_agent)} /> },
    { header: t('sessions.columns.created'), cell: (token) => time(token.created_at) },
    { header: t('sessions.columns.expires'), cell: (token) => time(token.expires_at) },
  ];

  return (
    <UserSection
      id="tokens"
      title={t('sessions.user.tokens.title')}
      aside={
        <Link to="/tokens" search={{ user_id: userId }}>
          {t('sessions.user.tokens.all')}
        </Link>
      }
    >
      {counts.isError ? (
        <ErrorPanel error={counts.error} onRetry={counts.refetch} title={t('sessions.user.tokens.countFailed')} />
      ) : !counts.counts ? (
        <p role="status">{t('sessions.user.tokens.counting')}</p>
      ) : (
        <div className="counts-wrap">
          <PlainTable
            caption={t('sessions.user.tokens.countsCaption', { user: userId })}
            columns={countColumns}
            rows={countRows(counts.counts)}
            rowKey={(row) => row.label}
          />
        </div>
      )}
      <QueryPart query={query} loading={t('sessions.details.loading')}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('sessions.user.tokens.none')}</p>
          ) : (
            <PlainTable
              caption={t('sessions.user.tokens.recentCaption', { user: userId })}
              columns={tokenColumns}
              rows={items}
              rowKey={(token, i) => token.id ?? String(i)}
            />
          )
        }
      </QueryPart>
    </UserSection>
  );
}

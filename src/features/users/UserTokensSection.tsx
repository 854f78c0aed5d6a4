import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { TOKEN_STATUSES, TOKEN_TYPES } from '@/api/schemas/tokens';
import { ErrorPanel } from '@/components/ErrorPanel';
import { RelativeTimeText } from '@/components/RelativeTime';
import { StatusBadge } from '@/components/StatusBadge';
import { useNow } from '@/components/useNow';
import { useUserTokenCounts } from '@/components/useUserTokenCounts';
import type { Count } from '@/lib/tokenCounts';
import { shortenUserAgent } from '@/lib/userAgent';
import { userQueries } from './userQueries';
import { UserSection } from './UserSection';

const statusTone = (status: string) => (status === 'active' ? 'success' : status === 'revoked' ? 'danger' : 'neutral');

/**
 * The user's tokens counted by type and status (7 list totals, whatever their number) and the newest few; revoking
 * one by one happens on the tokens page, which the section links to.
 */
export function UserTokensSection({ userId }: { userId: string }) {
  const { _: t, i18n } = useLingui();
  const now = useNow();
  const counts = useUserTokenCounts(userId);
  const query = useQuery(userQueries.tokens(userId));
  const n = (value: Count) => (value === null ? '—' : new Intl.NumberFormat(i18n.locale).format(value));
  const items = query.data?.items ?? [];
  const c = counts.counts;
  const dash = '—';

  return (
    <UserSection
      id="tokens"
      title={t('users.tokens.title')}
      aside={
        <Link to="/tokens" search={{ user_id: userId }}>
          {t('users.tokens.all')}
        </Link>
      }
    >
      {counts.isError ? (
        <ErrorPanel error={counts.error} onRetry={counts.refetch} title={t('users.tokens.countFailed')} />
      ) : !c ? (
        <p role="status">{t('users.tokens.counting')}</p>
      ) : (
        <div className="table-wrap counts-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('users.tokens.countsCaption', { user: userId })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.tokens.type')}</th>
                {TOKEN_STATUSES.map((status) => (
                  <th key={status} scope="col">
                    {t(`users.tokens.status.${status}`)}
                  </th>
                ))}
                <th scope="col">{t('users.tokens.total')}</th>
              </tr>
            </thead>
            <tbody>
              {TOKEN_TYPES.map((type) => (
                <tr key={type}>
                  <th scope="row">{t(`users.tokens.typeName.${type}`)}</th>
                  {TOKEN_STATUSES.map((status) => (
                    <td key={status}>{n(c.cell(type, status))}</td>
                  ))}
                  <td>{n(c.typeTotal(type))}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('users.tokens.total')}</th>
                {TOKEN_STATUSES.map((status) => (
                  <td key={status}>{n(c.statusTotal(status))}</td>
                ))}
                <td>{n(c.total)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? null : items.length === 0 ? (
        <p className="muted">{t('users.tokens.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('users.tokens.recentCaption', { user: userId })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.tokens.id')}</th>
                <th scope="col">{t('users.tokens.type')}</th>
                <th scope="col">{t('users.tokens.statusColumn')}</th>
                <th scope="col">{t('users.tokens.ip')}</th>
                <th scope="col">{t('users.tokens.device')}</th>
                <th scope="col">{t('users.tokens.created')}</th>
                <th scope="col">{t('users.tokens.expires')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((token, i) => (
                <tr key={token.id ?? i}>
                  <td>
                    <code className="mono">{token.id ?? dash}</code>
                  </td>
                  <td>{token.token_type ? t({ id: `users.tokens.typeName.${token.token_type}`, message: token.token_type }) : dash}</td>
                  <td>
                    {token.status ? (
                      <StatusBadge tone={statusTone(token.status)}>
                        {t({ id: `users.tokens.status.${token.status}`, message: token.status })}
                      </StatusBadge>
                    ) : (
                      dash
                    )}
                  </td>
                  <td className="mono">{token.ip ?? dash}</td>
                  <td>
                    {token.user_agent ? (
                      <bdi className="clip-text" title={token.user_agent}>
                        {shortenUserAgent(token.user_agent)}
                      </bdi>
                    ) : (
                      dash
                    )}
                  </td>
                  <td>
                    <RelativeTimeText value={token.created_at} now={now} locale={i18n.locale} />
                  </td>
                  <td>
                    <RelativeTimeText value={token.expires_at} now={now} locale={i18n.locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </UserSection>
  );
}

import { useLingui } from '@lingui/react';
import type { TokenInfo } from '@/api/schemas/tokens';
import { RelativeTime } from '@/components/RelativeTime';
import { formatDateTime, parseTimestamp } from '@/lib/time';

/** What a revoke will end, named plainly: the token's type, user, expiry and id. */
export function TokenFacts({ token }: { token: TokenInfo }) {
  const { _: t, i18n } = useLingui();
  const expires = parseTimestamp(token.expires_at);
  return (
    <dl className="facts">
      <dt>{t('tokens.columns.type')}</dt>
      <dd>{token.token_type ? t({ id: `tokens.type.${token.token_type}`, message: token.token_type }) : '—'}</dd>
      <dt>{t('tokens.columns.user')}</dt>
      <dd className="mono">{token.user_id ?? '—'}</dd>
      <dt>{t('tokens.columns.expires')}</dt>
      <dd>
        {expires ? (
          <>
            <RelativeTime value={token.expires_at} /> ({formatDateTime(expires, i18n.locale)})
          </>
        ) : (
          '—'
        )}
      </dd>
      <dt>{t('tokens.columns.id')}</dt>
      <dd className="mono">{token.id ?? '—'}</dd>
    </dl>
  );
}

import { useTranslation } from '@/i18n/useTranslation';
import type { TokenInfo } from '@/api/schemas/tokens';
import { RelativeTime } from '@/components/RelativeTime';
import { formatDateTime, parseTimestamp } from '@/lib/time';

/** What a revoke will end, named plainly: the token's type, user, expiry and id. */
export function TokenFacts({ token }: { token: TokenInfo }) {
  const { t, i18n } = useTranslation('tokens');
  const expires = parseTimestamp(token.expires_at);
  return (
    <dl className="facts">
      <dt>{t('columns.type')}</dt>
      <dd>{token.token_type ? t(`type.${token.token_type}`, { defaultValue: token.token_type }) : '—'}</dd>
      <dt>{t('columns.user')}</dt>
      <dd className="mono">{token.user_id ?? '—'}</dd>
      <dt>{t('columns.expires')}</dt>
      <dd>
        {expires ? (
          <>
            <RelativeTime value={token.expires_at} /> ({formatDateTime(expires, i18n.language)})
          </>
        ) : (
          '—'
        )}
      </dd>
      <dt>{t('columns.id')}</dt>
      <dd className="mono">{token.id ?? '—'}</dd>
    </dl>
  );
}

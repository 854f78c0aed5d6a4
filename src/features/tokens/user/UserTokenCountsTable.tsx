import { useLingui } from '@lingui/react';
import { TOKEN_STATUSES, TOKEN_TYPES } from '@/api/schemas/tokens';
import type { Count, TokenCounts } from '@/lib/tokenCounts';

/**
 * A user's tokens counted by type (rows) and status (columns), with totals. Tokens of a type or status the console
 * does not know get one "Other" row, counted in the total only; a count the server gave no total for shows "—".
 */
export function UserTokenCountsTable({ counts, userId }: { counts: TokenCounts; userId: string }) {
  const { _: t, i18n } = useLingui();
  const n = (value: Count) => (value === null ? '—' : new Intl.NumberFormat(i18n.locale).format(value));
  return (
    <table className="data-table counts-table">
      <caption className="visually-hidden">{t('tokens.user.countsCaption', { user: userId })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tokens.columns.type')}</th>
          {TOKEN_STATUSES.map((status) => (
            <th key={status} scope="col">
              {t(`tokens.status.${status}`)}
            </th>
          ))}
          <th scope="col">{t('tokens.user.total')}</th>
        </tr>
      </thead>
      <tbody>
        {TOKEN_TYPES.map((type) => (
          <tr key={type}>
            <th scope="row">{t(`tokens.type.${type}`)}</th>
            {TOKEN_STATUSES.map((status) => (
              <td key={status}>{n(counts.cell(type, status))}</td>
            ))}
            <td>{n(counts.typeTotal(type))}</td>
          </tr>
        ))}
        {counts.other !== null && counts.other > 0 && (
          <tr>
            <th scope="row">{t('tokens.user.other')}</th>
            {TOKEN_STATUSES.map((status) => (
              <td key={status}>—</td>
            ))}
            <td>{n(counts.other)}</td>
          </tr>
        )}
        <tr>
          <th scope="row">{t('tokens.user.total')}</th>
          {TOKEN_STATUSES.map((status) => (
            <td key={status}>{n(counts.statusTotal(status))}</td>
          ))}
          <td>{n(counts.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

import { useLingui } from '@lingui/react';
import { MISSING, type TokenCounts } from './userTokenCounts';

/** A user's tokens counted by type (rows) and status (columns), with totals. */
export function UserTokenCountsTable({ counts, userId }: { counts: TokenCounts; userId: string }) {
  const { _: t, i18n } = useLingui();
  const n = (value: number) => new Intl.NumberFormat(i18n.locale).format(value);
  const typeLabel = (type: string) => (type === MISSING ? '—' : t({ id: `tokens.type.${type}`, message: type }));
  const statusLabel = (status: string) => (status === MISSING ? '—' : t({ id: `tokens.status.${status}`, message: status }));
  return (
    <table className="data-table counts-table">
      <caption className="visually-hidden">{t('tokens.user.countsCaption', { user: userId })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tokens.columns.type')}</th>
          {counts.statuses.map((status) => (
            <th key={status} scope="col">
              {statusLabel(status)}
            </th>
          ))}
          <th scope="col">{t('tokens.user.total')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.types.map((type) => (
          <tr key={type}>
            <th scope="row">{typeLabel(type)}</th>
            {counts.statuses.map((status) => (
              <td key={status}>{n(counts.count(type, status))}</td>
            ))}
            <td>{n(counts.count(type, undefined))}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('tokens.user.total')}</th>
          {counts.statuses.map((status) => (
            <td key={status}>{n(counts.count(undefined, status))}</td>
          ))}
          <td>{n(counts.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

import { useTranslation } from '@/i18n/useTranslation';
import { MISSING, type TokenCounts } from './userTokenCounts';

/** A user's tokens counted by type (rows) and status (columns), with totals. */
export function UserTokenCountsTable({ counts, userId }: { counts: TokenCounts; userId: string }) {
  const { t, i18n } = useTranslation('tokens');
  const n = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const typeLabel = (type: string) => (type === MISSING ? '—' : t(`type.${type}`, { defaultValue: type }));
  const statusLabel = (status: string) => (status === MISSING ? '—' : t(`status.${status}`, { defaultValue: status }));
  return (
    <table className="data-table counts-table">
      <caption className="visually-hidden">{t('user.countsCaption', { user: userId })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columns.type')}</th>
          {counts.statuses.map((status) => (
            <th key={status} scope="col">
              {statusLabel(status)}
            </th>
          ))}
          <th scope="col">{t('user.total')}</th>
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
          <th scope="row">{t('user.total')}</th>
          {counts.statuses.map((status) => (
            <td key={status}>{n(counts.count(undefined, status))}</td>
          ))}
          <td>{n(counts.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

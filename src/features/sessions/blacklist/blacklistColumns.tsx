import { createColumnHelper, type Table } from '@tanstack/react-table';
import type { BlacklistEntry } from '@/api/schemas/tokenBlacklist';
import { ClipText } from '@/components/ClipText';
import { RelativeTimeText } from '@/components/RelativeTime';
import type { TableFeatureSet } from '@/components/tableFeatures';
import { UserLink } from '@/components/UserLink';
import type { TFunction } from '@/i18n/i18n';

const column = createColumnHelper<TableFeatureSet, BlacklistEntry>();
const dash = '—';

export interface BlacklistTableMeta {
  onLift: (entry: BlacklistEntry & { id: string }) => void;
  now: number;
  locale: string;
}

const meta = (table: Table<TableFeatureSet, BlacklistEntry>) => table.options.meta as BlacklistTableMeta;

export function blacklistColumns(t: TFunction) {
  const time = (value: string | undefined, table: Table<TableFeatureSet, BlacklistEntry>) => {
    const { now, locale } = meta(table);
    return <RelativeTimeText value={value} now={now} locale={locale} />;
  };
  return column.columns([
    column.accessor('token_id', {
      header: () => t('sessions.blacklist.columns.token'),
      cell: (info) => <code className="mono">{info.getValue() ?? dash}</code>,
    }),
    column.accessor('jti', {
      header: () => t('sessions.blacklist.columns.jti'),
      cell: (info) => {
        const jti = info.getValue();
        return jti ? (
          <code className="mono clip-text" title={jti}>
            {jti}
          </code>
        ) : (
          dash
        );
      },
    }),
    column.accessor('user_id', {
      header: () => t('sessions.blacklist.columns.user'),
      cell: (info) => <UserLink userId={info.getValue()} />,
    }),
    column.accessor('reason', {
      header: () => t('sessions.blacklist.columns.reason'),
      cell: (info) => <ClipText text={info.getValue()} wide />,
    }),
    column.accessor('blacklisted_at', {
      header: () => t('sessions.blacklist.columns.blacklisted'),
      cell: (info) => time(info.getValue(), info.table),
    }),
    column.accessor('expires_at', {
      header: () => t('sessions.blacklist.columns.expires'),
      cell: (info) => time(info.getValue(), info.table),
    }),
    column.display({
      id: 'actions',
      header: () => <span className="visually-hidden">{t('sessions.blacklist.columns.actions')}</span>,
      cell: ({ row, table }) => {
        const entry = row.original;
        const id = entry.id;
        if (!id) return null;
        return (
          <button
            type="button"
            className="button button-small"
            aria-label={t('sessions.blacklist.lift.rowLabel', { token: entry.token_id ?? id })}
            onClick={() => meta(table).onLift({ ...entry, id })}
          >
            {t('sessions.blacklist.lift.row')}
          </button>
        );
      },
    }),
  ]);
}

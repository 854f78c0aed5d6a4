import { Link } from '@tanstack/react-router';
import { createColumnHelper, type Table } from '@tanstack/react-table';
import type { SessionItem } from '@/api/schemas/sessions';
import { ClientLink } from '@/components/ClientLink';
import { ClipText } from '@/components/ClipText';
import { RelativeTimeText } from '@/components/RelativeTime';
import { RevealTime } from '@/components/RevealTime';
import { PageSelectCheckbox, SelectCheckbox } from '@/components/SelectCheckbox';
import { riskLevelOf, riskTone, sessionStatusTone } from '@/components/sessionTones';
import { StatusBadge } from '@/components/StatusBadge';
import type { TableFeatureSet } from '@/components/tableFeatures';
import { UserLink } from '@/components/UserLink';
import type { TFunction } from '@/i18n/i18n';
import { formatLocation } from '@/lib/location';
import { shortenUserAgent } from '@/lib/userAgent';
import { isEndable, type SessionSelection } from './useSessionSelection';

const column = createColumnHelper<TableFeatureSet, SessionItem>();
const dash = '—';

/** What the cells read besides their row, passed as the table's `meta` so the column definitions stay the same. */
export interface SessionTableMeta {
  selection: SessionSelection;
  clientName: (clientId: string | undefined) => string | undefined;
  linkUnknownClients: boolean;
  onEnd: (session: SessionItem) => void;
  /** The clock and locale of the times, read once by the page. */
  now: number;
  locale: string;
}

const meta = (table: Table<TableFeatureSet, SessionItem>) => table.options.meta as SessionTableMeta;

/** A label per value, translated once per column set rather than once per row. */
function labels(translate: (value: string) => string) {
  const cache = new Map<string, string>();
  return (value: string) => {
    let label = cache.get(value);
    if (label === undefined) cache.set(value, (label = translate(value)));
    return label;
  };
}

export function sessionColumns(t: TFunction) {
  const statusLabel = labels((status) => t({ id: `sessions.status.${status}`, message: status }));
  const riskLabel = labels((level) => t(`sessions.risk.${level}`));
  const mfaYes = t('sessions.mfa.yes');
  const mfaNo = t('sessions.mfa.no');
  const time = (value: string | undefined, table: Table<TableFeatureSet, SessionItem>) => {
    const { now, locale } = meta(table);
    return <RelativeTimeText value={value} now={now} locale={locale} />;
  };
  return column.columns([
    column.display({
      id: 'select',
      header: ({ table }) => {
        const { selection } = meta(table);
        return (
          <PageSelectCheckbox
            label={t('sessions.select.page')}
            checked={selection.pageState === 'all'}
            indeterminate={selection.pageState === 'some'}
            disabled={selection.selectableCount === 0}
            onChange={(checked) => selection.setPage(checked)}
          />
        );
      },
      cell: ({ row, table }) => {
        const { selection } = meta(table);
        const session = row.original;
        const endable = isEndable(session);
        return (
          <SelectCheckbox
            label={t('sessions.select.row', { id: session.id ?? dash })}
            title={endable ? undefined : t('sessions.select.notEndable')}
            checked={endable && selection.isSelected(session.id)}
            disabled={!endable}
            onChange={(checked, range) => selection.toggle(row.index, checked, range)}
          />
        );
      },
    }),
    column.accessor('user_id', {
      header: () => t('sessions.columns.user'),
      cell: (info) => <UserLink userId={info.getValue()} />,
    }),
    column.accessor('client_id', {
      header: () => t('sessions.columns.client'),
      cell: (info) => {
        const { clientName, linkUnknownClients } = meta(info.table);
        return <ClientLink clientId={info.getValue()} name={clientName(info.getValue())} linkUnknown={linkUnknownClients} />;
      },
    }),
    column.accessor('status', {
      header: () => t('sessions.columns.status'),
      cell: (info) => {
        const status = info.getValue();
        return status ? <StatusBadge tone={sessionStatusTone(status)}>{statusLabel(status)}</StatusBadge> : dash;
      },
    }),
    column.accessor('ip', {
      header: () => t('sessions.columns.ip'),
      cell: (info) => <span className="mono">{info.getValue() ?? dash}</span>,
    }),
    column.accessor('location', {
      header: () => t('sessions.columns.location'),
      cell: (info) => <ClipText text={formatLocation(info.getValue())} />,
    }),
    column.accessor('user_agent', {
      header: () => t('sessions.columns.device'),
      // browser · OS; the full user agent in the title and in the session's details
      cell: (info) => <ClipText text={info.getValue()} shown={shortenUserAgent(info.getValue())} />,
    }),
    column.accessor('mfa', {
      header: () => t('sessions.columns.mfa'),
      cell: (info) => {
        const mfa = info.getValue();
        return mfa === undefined ? dash : <StatusBadge tone={mfa ? 'success' : 'warning'}>{mfa ? mfaYes : mfaNo}</StatusBadge>;
      },
    }),
    column.accessor('risk_score', {
      header: () => t('sessions.columns.risk'),
      cell: (info) => {
        const score = info.getValue();
        const level = riskLevelOf(info.row.original.risk_level, score);
        if (!level && score === undefined) return dash;
        return (
          <span className="risk">
            {level && <StatusBadge tone={riskTone(level)}>{riskLabel(level)}</StatusBadge>}
            {score !== undefined && <span className="risk-score">{score}</span>}
          </span>
        );
      },
    }),
    column.accessor('created_at', {
      header: () => t('sessions.columns.created'),
      cell: (info) => time(info.getValue(), info.table),
    }),
    column.accessor('last_active_at', {
      header: () => t('sessions.columns.lastActive'),
      cell: (info) => {
        const { now, locale } = meta(info.table);
        return <RevealTime value={info.getValue()} now={now} locale={locale} />;
      },
    }),
    column.accessor('expires_at', {
      header: () => t('sessions.columns.expires'),
      cell: (info) => time(info.getValue(), info.table),
    }),
    column.display({
      id: 'actions',
      header: () => <span className="visually-hidden">{t('sessions.columns.actions')}</span>,
      cell: ({ row, table }) => {
        const session = row.original;
        const id = session.id;
        if (!id) return null;
        const { onEnd } = meta(table);
        return (
          <span className="row-actions">
            <Link
              from="/sessions"
              to="."
              search={(prev) => ({ ...prev, session: id })}
              className="button button-small"
              aria-label={t('sessions.details.open', { id })}
            >
              {t('sessions.details.openShort')}
            </Link>
            {isEndable(session) && (
              <button
                type="button"
                className="button button-small"
                aria-label={t('sessions.end.rowLabel', { id })}
                onClick={() => onEnd(session)}
              >
                {t('sessions.end.row')}
              </button>
            )}
          </span>
        );
      },
    }),
  ]);
}

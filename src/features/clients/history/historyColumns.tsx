import { Link } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import type { AuditLogItem } from '@/api/schemas/clientHistory';
import { PlainCopyButton } from '@/components/CopyButton';
import type { TableFeatureSet } from '@/components/tableFeatures';
import type { TFunction } from '@/i18n/i18n';
import { formatDateTime, formatRelative, parseTimestamp } from '@/lib/time';
import { AuditChangeList } from './AuditChangeList';

const column = createColumnHelper<TableFeatureSet, AuditLogItem>();
const dash = '—';

/** When, relative to now; the exact time shows on hover and on keyboard focus, and is read out with it. */
function When({ value, now, locale }: { value: string | undefined; now: number; locale: string }) {
  const date = parseTimestamp(value);
  if (!date) return <>{dash}</>;
  return (
    <span className="when" tabIndex={0}>
      <time dateTime={date.toISOString()}>{formatRelative(date, now, locale)}</time>
      <span className="when-exact visually-hidden"> ({formatDateTime(date, locale)})</span>
    </span>
  );
}

export interface HistoryColumnContext {
  now: number;
  locale: string;
}

export function historyColumns(t: TFunction, { now, locale }: HistoryColumnContext) {
  return column.columns([
    column.accessor('created_at', {
      header: () => t('clients.history.columns.when'),
      cell: (info) => <When value={info.getValue()} now={now} locale={locale} />,
    }),
    column.display({
      id: 'actor',
      header: () => t('clients.history.columns.who'),
      cell: ({ row: { original: entry } }) => {
        const type = entry.actor_type;
        return (
          <div className="audit-actor">
            {entry.actor_id ? (
              type === 'admin' ? (
                <Link to="/users/$userId" params={{ userId: entry.actor_id }} className="mono">
                  {entry.actor_id}
                </Link>
              ) : (
                <span className="mono">{entry.actor_id}</span>
              )
            ) : (
              dash
            )}
            {type && <span className="badge badge-neutral">{t({ id: `clients.history.actorType.${type}`, message: type })}</span>}
            {(entry.ip || entry.user_agent) && (
              <span className="muted audit-origin">
                {entry.ip && t('clients.history.from', { ip: entry.ip })}
                {entry.ip && entry.user_agent && ' · '}
                {entry.user_agent && (
                  <span className="ua" title={entry.user_agent}>
                    {entry.user_agent}
                  </span>
                )}
              </span>
            )}
          </div>
        );
      },
    }),
    column.accessor('action', {
      header: () => t('clients.history.columns.what'),
      cell: (info) => {
        const action = info.getValue();
        return action ? t({ id: `clients.history.action.${action}`, message: action }) : dash;
      },
    }),
    column.accessor('changes', {
      header: () => t('clients.history.columns.changes'),
      cell: (info) => <AuditChangeList changes={info.getValue()} />,
    }),
    column.accessor('request_id', {
      header: () => t('clients.history.columns.request'),
      cell: (info) => {
        const id = info.getValue();
        return id ? (
          <span className="cell-with-action">
            <code className="audit-request-id">{id}</code>
            <PlainCopyButton value={id} label={t('clients.history.requestId', { id })} t={t} />
          </span>
        ) : (
          dash
        );
      },
    }),
  ]);
}

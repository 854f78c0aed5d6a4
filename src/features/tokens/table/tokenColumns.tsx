import { createColumnHelper, type Table } from '@tanstack/react-table';
import type { TFunction } from '@/i18n/i18n';
import type { TokenInfo } from '@/api/schemas/tokens';
import { PlainCopyButton } from '@/components/CopyButton';
import { RelativeTimeText } from '@/components/RelativeTime';
import { PageSelectCheckbox, SelectCheckbox } from '@/components/SelectCheckbox';
import { StatusBadge } from '@/components/StatusBadge';
import type { TableFeatureSet } from '@/components/tableFeatures';
import { UserLink } from '@/components/UserLink';
import { shortenUserAgent } from '@/lib/userAgent';
import { isRevocable } from '@/features/tokens/revocable';
import { tokenStatusTone } from '@/features/tokens/tokenStatus';
import type { TokenSelection } from './useTokenSelection';

const column = createColumnHelper<TableFeatureSet, TokenInfo>();
const dash = '—';

/**
 * What the cells act on, passed as the table's `meta`: the column definitions stay the same objects across renders
 * (flexRender renders a cell function as a component, so a new function would remount the row's inputs and lose focus).
 */
export interface TokenTableMeta {
  onUserClick: (userId: string) => void;
  selection: TokenSelection;
  onRevoke: (token: TokenInfo) => void;
  /** A pointer on or focus in a row's revoke button: the dialog's code starts loading. */
  onRevokeIntent: () => void;
  /** A revoke of this token is under way: its button says so and does nothing meanwhile. */
  isRevoking: (id: string) => boolean;
  /** The clock and locale of the live times, read once by the page (one shared tick, not one per cell). */
  now: number;
  locale: string;
}

function meta(table: Table<TableFeatureSet, TokenInfo>): TokenTableMeta {
  return table.options.meta as TokenTableMeta;
}

/** A label per value, translated once per column set rather than once per row. */
function labels(translate: (value: string) => string) {
  const cache = new Map<string, string>();
  return (value: string) => {
    let label = cache.get(value);
    if (label === undefined) {
      label = translate(value);
      cache.set(value, label);
    }
    return label;
  };
}

const SLOT = '\u{E000}';

/**
 * A per-row label ("Select token {{id}}") translated once with a placeholder, then filled in per row: a page of
 * rows would otherwise call `t` several times a row. Only for plain {{value}} interpolation (escapeValue is off).
 */
function filled(translated: string) {
  return (value: string) => translated.replaceAll(SLOT, value);
}

export function tokenColumns(t: TFunction) {
  const selectRow = filled(t('tokens.select.row', { id: SLOT }));
  const copyIdLabel = filled(t('tokens.copyId', { id: SLOT }));
  const copyName = filled(t('common.copy', { what: SLOT }));
  const filterByUser = filled(t('tokens.filterByUser', { user: SLOT }));
  const revokeRowLabel = filled(t('tokens.revoke.rowLabel', { id: SLOT }));
  const revokingRowLabel = filled(t('tokens.revoke.rowPendingLabel', { id: SLOT }));
  const typeLabel = labels((type) => t({ id: `tokens.type.${type}`, message: type }));
  const statusLabel = labels((status) => t({ id: `tokens.status.${status}`, message: status }));
  const notRevocable = t('tokens.select.notRevocable');
  const revokeText = t('tokens.revoke.row');
  const revokingText = t('tokens.revoke.rowPending');
  return column.columns([
    column.display({
      id: 'select',
      header: ({ table }) => {
        const { selection } = meta(table);
        return (
          <PageSelectCheckbox
            label={t('tokens.select.page')}
            checked={selection.pageState === 'all'}
            indeterminate={selection.pageState === 'some'}
            disabled={selection.selectableCount === 0}
            onChange={(checked) => selection.setAll(checked)}
          />
        );
      },
      cell: ({ row, table }) => {
        const { selection } = meta(table);
        const token = row.original;
        const revocable = isRevocable(token);
        return (
          <SelectCheckbox
            label={selectRow(token.id ?? dash)}
            title={revocable ? undefined : notRevocable}
            checked={selection.isSelected(token.id) && revocable}
            disabled={!revocable}
            onChange={(checked, range) => selection.toggle(row.index, checked, range)}
          />
        );
      },
    }),
    column.accessor('id', {
      header: () => t('tokens.columns.id'),
      cell: (info) => {
        const id = info.getValue();
        return id ? (
          <span className="cell-with-action">
            <code className="mono">{id}</code>
            <PlainCopyButton value={id} label={copyIdLabel(id)} name={copyName(copyIdLabel(id))} t={t} />
          </span>
        ) : (
          dash
        );
      },
    }),
    column.accessor('user_id', {
      header: () => t('tokens.columns.user'),
      cell: (info) => {
        const userId = info.getValue();
        const { onUserClick } = meta(info.table);
        // the id opens the user at a glance; the funnel shows only this user's tokens here
        return userId ? (
          <span className="cell-with-action">
            <UserLink userId={userId} />
            <button
              type="button"
              className="icon-button"
              onClick={() => onUserClick(userId)}
              aria-label={filterByUser(userId)}
              title={filterByUser(userId)}
            >
              <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
                <path d="M1.5 2h13l-5 6v5l-3 1.5V8z" fill="currentColor" />
              </svg>
            </button>
          </span>
        ) : (
          dash
        );
      },
    }),
    column.accessor('token_type', {
      header: () => t('tokens.columns.type'),
      cell: (info) => {
        const type = info.getValue();
        return type ? typeLabel(type) : dash;
      },
    }),
    column.accessor('status', {
      header: () => t('tokens.columns.status'),
      cell: (info) => {
        const status = info.getValue();
        return status ? (
          <StatusBadge tone={tokenStatusTone(status)}>{statusLabel(status)}</StatusBadge>
        ) : (
          dash
        );
      },
    }),
    column.accessor('ip', {
      header: () => t('tokens.columns.ip'),
      cell: (info) => <span className="mono">{info.getValue() ?? dash}</span>,
    }),
    column.accessor('user_agent', {
      header: () => t('tokens.columns.userAgent'),
      cell: (info) => {
        const ua = info.getValue();
        return ua ? (
          <span className="ua" title={ua}>
            {shortenUserAgent(ua)}
          </span>
        ) : (
          dash
        );
      },
    }),
    column.accessor('created_at', {
      header: () => t('tokens.columns.created'),
      cell: (info) => {
        const { now, locale } = meta(info.table);
        return <RelativeTimeText value={info.getValue()} now={now} locale={locale} />;
      },
    }),
    column.accessor('expires_at', {
      header: () => t('tokens.columns.expires'),
      cell: (info) => {
        const { now, locale } = meta(info.table);
        return <RelativeTimeText value={info.getValue()} now={now} locale={locale} />;
      },
    }),
    column.display({
      id: 'actions',
      header: () => <span className="visually-hidden">{t('tokens.columns.actions')}</span>,
      cell: ({ row, table }) => {
        const { onRevoke, onRevokeIntent, isRevoking } = meta(table);
        const token = row.original;
        if (token.id === undefined) return null;
        const id = token.id;
        const revoking = isRevoking(id);
        const unavailable = !isRevocable(token) || revoking;
        return (
          <button
            type="button"
            className="button button-small"
            aria-label={revoking ? revokingRowLabel(id) : revokeRowLabel(id)}
            // aria-disabled, not disabled: the button keeps focus when its row turns revoked under the dialog.
            aria-disabled={unavailable || undefined}
            title={unavailable && !revoking ? notRevocable : undefined}
            onPointerEnter={onRevokeIntent}
            onFocus={onRevokeIntent}
            onClick={() => {
              if (!unavailable) onRevoke(token);
            }}
          >
            {revoking ? revokingText : revokeText}
          </button>
        );
      },
    }),
  ]);
}

export type TokenColumns = ReturnType<typeof tokenColumns>;

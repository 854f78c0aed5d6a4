import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { TokenInfo } from '../../api/schemas/tokens';
import { CopyButton } from '../../components/CopyButton';
import { RelativeTime } from '../../components/RelativeTime';
import { StatusBadge } from '../../components/StatusBadge';
import { shortenUserAgent } from '../../lib/userAgent';
import { tokenStatusTone } from './tokenStatus';

const column = createColumnHelper<TokenInfo>();
const dash = '—';

export function tokenColumns(t: TFunction, onUserClick: (userId: string) => void) {
  return [
    column.accessor('id', {
      header: () => t('columns.id'),
      cell: (info) => {
        const id = info.getValue();
        return id ? (
          <span className="cell-with-action">
            <code className="mono">{id}</code>
            <CopyButton value={id} label={t('copyId', { id })} />
          </span>
        ) : (
          dash
        );
      },
    }),
    column.accessor('user_id', {
      header: () => t('columns.user'),
      cell: (info) => {
        const userId = info.getValue();
        return userId ? (
          <button type="button" className="link-button mono" onClick={() => onUserClick(userId)} title={t('filterByUser', { user: userId })}>
            {userId}
          </button>
        ) : (
          dash
        );
      },
    }),
    column.accessor('token_type', {
      header: () => t('columns.type'),
      cell: (info) => {
        const type = info.getValue();
        return type ? t(`type.${type}`, { defaultValue: type }) : dash;
      },
    }),
    column.accessor('status', {
      header: () => t('columns.status'),
      cell: (info) => {
        const status = info.getValue();
        return status ? (
          <StatusBadge tone={tokenStatusTone(status)}>{t(`status.${status}`, { defaultValue: status })}</StatusBadge>
        ) : (
          dash
        );
      },
    }),
    column.accessor('ip', {
      header: () => t('columns.ip'),
      cell: (info) => <span className="mono">{info.getValue() ?? dash}</span>,
    }),
    column.accessor('user_agent', {
      header: () => t('columns.userAgent'),
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
      header: () => t('columns.created'),
      cell: (info) => <RelativeTime value={info.getValue()} />,
    }),
    column.accessor('expires_at', {
      header: () => t('columns.expires'),
      cell: (info) => <RelativeTime value={info.getValue()} />,
    }),
  ];
}

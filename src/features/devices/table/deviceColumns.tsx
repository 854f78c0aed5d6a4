import { Link } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from '@/i18n/i18n';
import type { DeviceSession } from '@/api/schemas/devices';
import { ClientLink } from '@/components/ClientLink';
import { RelativeTime } from '@/components/RelativeTime';
import type { TableFeatureSet } from '@/components/tableFeatures';
import { EndSessionButton } from '@/features/devices/end/EndSessionButton';
import { ExpiryCountdown } from './ExpiryCountdown';
import { PollsCell } from './PollsCell';
import { ScopeChips } from '@/components/ScopeChips';
import { UserLink } from '@/components/UserLink';
import { SessionStatusBadge } from './SessionStatusBadge';
import { UserCode } from './UserCode';

const column = createColumnHelper<TableFeatureSet, DeviceSession>();
const dash = '—';

export interface DeviceColumnOptions {
  clientName: (clientId: string | undefined) => string | undefined;
  linkUnknownClients: boolean;
  /** Asks to end a pending session (the page confirms first). */
  onEnd: (session: DeviceSession) => void;
}

export function deviceColumns(t: TFunction, { clientName, linkUnknownClients, onEnd }: DeviceColumnOptions) {
  return column.columns([
    column.accessor('user_code', {
      header: () => t('devices.columns.userCode'),
      cell: (info) => {
        const code = info.getValue();
        const deviceCode = info.row.original.device_code;
        const content = code ? <UserCode code={code} /> : t('devices.noUserCode');
        if (!deviceCode) return code ? content : dash;
        return (
          <Link
            from="/devices"
            to="."
            search={(prev) => ({ ...prev, session: deviceCode })}
            aria-label={code ? t('devices.openDetails', { code }) : undefined}
            className="session-link"
          >
            {content}
          </Link>
        );
      },
    }),
    column.accessor('client_id', {
      header: () => t('devices.columns.client'),
      cell: (info) => (
        <ClientLink clientId={info.getValue()} name={clientName(info.getValue())} linkUnknown={linkUnknownClients} />
      ),
    }),
    column.accessor('user_id', {
      header: () => t('devices.columns.user'),
      cell: (info) => <UserLink userId={info.getValue()} />,
    }),
    column.accessor('scope', {
      header: () => t('devices.columns.scope'),
      cell: (info) => <ScopeChips scope={info.getValue()} max={2} />,
    }),
    column.accessor('status', {
      header: () => t('devices.columns.status'),
      cell: (info) => <SessionStatusBadge session={info.row.original} />,
    }),
    column.accessor('poll_count', {
      header: () => t('devices.columns.polls'),
      cell: (info) => <PollsCell session={info.row.original} />,
    }),
    column.accessor('created_at', {
      header: () => t('devices.columns.created'),
      cell: (info) => <RelativeTime value={info.getValue()} />,
    }),
    column.accessor('updated_at', {
      header: () => t('devices.columns.updated'),
      cell: (info) => <RelativeTime value={info.getValue()} />,
    }),
    column.accessor('expires_at', {
      header: () => t('devices.columns.expires'),
      cell: (info) => <ExpiryCountdown session={info.row.original} />,
    }),
    column.display({
      id: 'actions',
      header: () => t('devices.columns.actions'),
      cell: (info) => <EndSessionButton session={info.row.original} onEnd={onEnd} />,
    }),
  ]);
}

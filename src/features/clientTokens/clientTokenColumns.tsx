import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from '@/i18n/i18n';
import type { OAuthToken } from '@/api/schemas/clients';
import { RelativeTime } from '@/components/RelativeTime';
import type { TableFeatureSet } from '@/components/tableFeatures';
import { ScopeChips } from '@/components/ScopeChips';
import { UserLink } from '@/components/UserLink';

const column = createColumnHelper<TableFeatureSet, OAuthToken>();
const dash = '—';

export function clientTokenColumns(t: TFunction) {
  return column.columns([
    column.accessor('token_type', {
      header: () => t('clientTokens.columns.type'),
      cell: (info) => {
        const type = info.getValue();
        return type ? t({ id: `clientTokens.type.${type}`, message: type }) : dash;
      },
    }),
    column.accessor('user_id', {
      header: () => t('clientTokens.columns.user'),
      cell: (info) => {
        const userId = info.getValue();
        return userId ? <UserLink userId={userId} /> : <span className="muted">{t('clientTokens.noUser')}</span>;
      },
    }),
    column.accessor('scope', {
      header: () => t('clientTokens.columns.scope'),
      cell: (info) => <ScopeChips scope={info.getValue()} />,
    }),
    column.accessor('created_at', {
      header: () => t('clientTokens.columns.created'),
      cell: (info) => <RelativeTime value={info.getValue()} />,
    }),
    column.accessor('expires_at', {
      header: () => t('clientTokens.columns.expires'),
      cell: (info) => <RelativeTime value={info.getValue()} intervalMs={10_000} />,
    }),
  ]);
}

import { useLingui } from '@lingui/react';
import { isApiError } from '@/api/errors';
import type { TokenInfo } from '@/api/schemas/tokens';

interface SingleRevokeUnsupportedNoticeProps {
  token: TokenInfo;
  error: unknown;
  onRevokeUser: (userId: string) => void;
  onDismiss: () => void;
}

/** Says plainly that this server cannot revoke one token, and offers the user-wide revoke instead. */
export function SingleRevokeUnsupportedNotice({ token, error, onRevokeUser, onDismiss }: SingleRevokeUnsupportedNoticeProps) {
  const { _: t } = useLingui();
  const status = isApiError(error) ? error.status : undefined;
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        <strong>{t('tokens.unsupported.title')}</strong>
      </p>
      <p>{t('tokens.unsupported.body', { id: token.id ?? '—', status: status ?? '?' })}</p>
      <div className="notice-actions">
        {token.user_id && (
          <button type="button" className="button button-danger" onClick={() => onRevokeUser(token.user_id as string)}>
            {t('tokens.unsupported.revokeUser', { user: token.user_id })}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {t('tokens.dismiss')}
        </button>
      </div>
    </div>
  );
}

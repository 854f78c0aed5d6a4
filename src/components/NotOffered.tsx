import { useLingui } from '@lingui/react';
import { isApiError } from '@/api/errors';

/**
 * Said in place when the server answers 404/405/501 on a route whose body is assumed (an older authms without it):
 * what it does not offer, and the status it answered, for the operator. The rest of the console keeps working.
 */
export function NotOffered({ message, error }: { message: string; error: unknown }) {
  const { _: t } = useLingui();
  const status = isApiError(error) ? error.status : undefined;
  return (
    <div className="notice not-offered" role="status">
      <p>{message}</p>
      {status !== undefined && <p>{t('notOffered.status', { status })}</p>}
    </div>
  );
}

import type { TFunction } from '@/i18n/i18n';
import { isApiError } from '@/api/errors';

/**
 * The message for an error in the active language: the server's i18n_key when we know it, then a message for
 * the kind of failure; the server's own text (detail / message) is shown alongside by the ErrorPanel.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unexpected');
  if (error.i18nKey) {
    const key = `serverErrors.${error.i18nKey.replace(/^error\./, '')}`;
    const translated = t({ id: key, message: '', values: { ...error.i18nArgs } });
    if (translated) return translated;
  }
  switch (error.kind) {
    case 'network':
      return t('errors.network');
    case 'timeout':
      return t('errors.timeout');
    case 'invalid-body':
      // a success whose body is cut off or garbled is no proxy's error page: say so
      return error.status !== undefined && error.status >= 200 && error.status < 300
        ? t('errors.unreadable')
        : t('errors.invalidBody', { status: error.status });
    case 'schema':
      return t('errors.schema', { field: error.field ?? '?' });
    case 'aborted':
      return t('errors.aborted');
    case 'http':
      break;
  }
  if (error.status === 401) return t('errors.unauthorized');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status === 429) return t('errors.rateLimited', { seconds: error.retryAfter ?? '?' });
  if (error.status !== undefined && error.status >= 500) return t('errors.server', { status: error.status });
  return t('errors.request', { status: error.status ?? '?' });
}

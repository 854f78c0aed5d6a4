import { isApiError, isRouteMissing } from '@/api/errors';
import type { TFunction } from '@/i18n/i18n';

/** The server knows the route but not the session (the mock's and, assumed, the server's `error.session_not_found`). */
export function isSessionNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404 && error.i18nKey === 'error.session_not_found';
}

/** The route itself is missing (an older server), not the session. */
export function isDetailRouteMissing(error: unknown): boolean {
  return isRouteMissing(error) && !isSessionNotFound(error);
}

/** A session this tenant does not have, said plainly (a shared link to an ended and purged session). */
export function explainNotFound(error: unknown, t: TFunction) {
  return isSessionNotFound(error) ? <p className="notice">{t('sessions.details.notFound')}</p> : undefined;
}

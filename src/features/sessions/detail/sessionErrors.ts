import { isApiError, isRouteMissing } from '@/api/errors';

/** The server knows the route but not the session (the mock's and, assumed, the server's `error.session_not_found`). */
export function isSessionNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404 && error.i18nKey === 'error.session_not_found';
}

/** The route itself is missing (an older server), not the session. */
export function isDetailRouteMissing(error: unknown): boolean {
  return isRouteMissing(error) && !isSessionNotFound(error);
}

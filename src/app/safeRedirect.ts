/**
 * Only same-app paths are followed after sign-in (never another origin, never `//host`, never the sign-in pages);
 * anything else lands on the overview.
 */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target.startsWith('/sign-in') || target.startsWith('/auth/')) return '/';
  return target;
}

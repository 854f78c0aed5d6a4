/** Only same-app paths are followed after sign-in (never another origin, never `//host`, never the sign-in pages). */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/tokens';
  if (target.startsWith('/sign-in') || target.startsWith('/auth/')) return '/tokens';
  return target;
}

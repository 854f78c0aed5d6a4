/** Only same-app paths are followed after sign-in (never another origin, never `//host`). */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/sign-in')) return '/tokens';
  return target;
}

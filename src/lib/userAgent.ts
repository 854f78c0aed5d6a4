/** A short label for a user agent: browser and platform for browsers, the product token for CLIs and SDKs. */
export function shortenUserAgent(ua: string | undefined, max = 32): string | undefined {
  if (!ua) return undefined;
  const trimmed = ua.trim();
  if (!trimmed.startsWith('Mozilla/')) return truncate(trimmed.split(' ')[0] ?? trimmed, max);
  const browser =
    match(trimmed, /Edg\/(\d+)/, 'Edge') ??
    match(trimmed, /Firefox\/(\d+)/, 'Firefox') ??
    match(trimmed, /Chrome\/(\d+)/, 'Chrome') ??
    match(trimmed, /Version\/(\d+)[^ ]* (Mobile\/\S+ )?Safari/, 'Safari') ??
    'Browser';
  const platform = /iPhone|iPad/.test(trimmed)
    ? 'iOS'
    : /Android/.test(trimmed)
      ? 'Android'
      : /Mac OS X/.test(trimmed)
        ? 'macOS'
        : /Windows/.test(trimmed)
          ? 'Windows'
          : /Linux/.test(trimmed)
            ? 'Linux'
            : undefined;
  return truncate(platform ? `${browser} · ${platform}` : browser, max);
}

function match(ua: string, pattern: RegExp, name: string): string | undefined {
  const found = pattern.exec(ua);
  return found ? `${name} ${found[1] ?? ''}`.trim() : undefined;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

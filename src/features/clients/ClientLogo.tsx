import { useState } from 'react';
import { safeHttpUrl } from '@/lib/safeUrl';

/** Up to two letters standing for a client's name: the first of its first two words ("Acme Web Portal" → "AW"). */
export function initialsOf(name: string | undefined): string {
  const words = (name ?? '').trim().split(/[\s\-_.]+/u).filter((word) => /\p{L}|\p{N}/u.test(word));
  const letters = words.slice(0, 2).map((word) => [...word].find((c) => /\p{L}|\p{N}/u.test(c)) ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}

/**
 * A client's logo when its URL is http(s) and it loads; otherwise its initials. Decorative (the name is beside it),
 * so a logo that cannot be reached costs nothing but a failed image request.
 */
export function ClientLogo({ url, name, size = 24 }: { url: string | undefined; name: string | undefined; size?: number }) {
  const src = safeHttpUrl(url);
  const [failed, setFailed] = useState<string>();
  if (!src || failed === src) {
    return (
      <span
        className="client-logo client-logo-initials"
        style={{ width: size, height: size, fontSize: Math.round(size * 0.42) }}
        aria-hidden="true"
        translate="no"
      >
        {initialsOf(name)}
      </span>
    );
  }
  return (
    <img
      className="client-logo"
      src={src}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setFailed(src)}
    />
  );
}

import { useState } from 'react';
import { safeHttpUrl } from '@/lib/safeUrl';

/** A client's logo when its URL is http(s) and it loads; otherwise a neutral placeholder. Decorative: the name is beside it. */
export function ClientLogo({ url, size = 24 }: { url: string | undefined; size?: number }) {
  const src = safeHttpUrl(url);
  const [failed, setFailed] = useState<string>();
  if (!src || failed === src) return <span className="client-logo client-logo-empty" style={{ width: size, height: size }} aria-hidden="true" />;
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

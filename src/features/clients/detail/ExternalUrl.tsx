import { useLingui } from '@lingui/react';
import { safeHttpUrl } from '@/lib/safeUrl';

/** A URL from the server: a link only when it is http(s); anything else is shown as inert text, marked. */
export function ExternalUrl({ value }: { value: string | undefined }) {
  const { _: t } = useLingui();
  if (!value) return <>—</>;
  const href = safeHttpUrl(value);
  if (href) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer" className="url">
        {value}
      </a>
    );
  }
  return (
    <span className="url">
      <span className="mono">{value}</span> <span className="badge badge-warning">{t('clients.detail.notAWebLink')}</span>
    </span>
  );
}

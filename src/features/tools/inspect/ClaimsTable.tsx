import { useLingui } from '@lingui/react';
import { TIME_CLAIMS } from '@/lib/jwt';
import { ExactAndRelativeTime } from './ExactAndRelativeTime';

/** A claim's value as text: strings as they are, anything else as JSON (never markup). */
export function claimText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The claims (or header fields) of a decoded token; time claims as dates, absolute and relative. */
export function ClaimsTable({ caption, claims, now }: { caption: string; claims: Record<string, unknown>; now: number }) {
  const { _: t, i18n } = useLingui();
  const entries = Object.entries(claims);
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table claims-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tools.inspect.claim')}</th>
            <th scope="col">{t('tools.inspect.value')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 && (
            <tr>
              <td colSpan={2}>{t('tools.inspect.noClaims')}</td>
            </tr>
          )}
          {entries.map(([name, value]) => {
            const time = TIME_CLAIMS.has(name) && typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : undefined;
            const valid = time !== undefined && !Number.isNaN(time.getTime());
            return (
              <tr key={name}>
                <th scope="row" className="mono">
                  {name}
                </th>
                <td className="claim-value">
                  {valid ? (
                    <>
                      <ExactAndRelativeTime date={time} now={now} locale={i18n.locale} /> <span className="muted mono">{String(value)}</span>
                    </>
                  ) : (
                    <span className="mono">{claimText(value)}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

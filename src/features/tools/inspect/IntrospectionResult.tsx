import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { isRouteMissing } from '@/api/errors';
import type { Introspection } from '@/api/schemas/tokenIntrospection';
import { ErrorPanel } from '@/components/ErrorPanel';
import { ScopeChips } from '@/components/ScopeChips';
import { ExactAndRelativeTime } from './ExactAndRelativeTime';
import { claimText } from './ClaimsTable';

/** "12:05" / "1:02:05": the time left before `end`, for the expiry countdown. */
function countdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(hh > 0 ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

function Time({ seconds, now }: { seconds: number | undefined; now: number }) {
  const { i18n } = useLingui();
  if (seconds === undefined) return <>—</>;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return <>—</>;
  return <ExactAndRelativeTime date={date} now={now} locale={i18n.locale} />;
}

interface IntrospectionResultProps {
  pending: boolean;
  result: Introspection | undefined;
  error: unknown;
  now: number;
  onRetry: () => void;
}

/** The server's answer: active or not, and for an active token its client, user, scope and expiry counting down. */
export function IntrospectionResult({ pending, result, error, now, onRetry }: IntrospectionResultProps) {
  const { _: t } = useLingui();
  let body: React.ReactNode;
  if (pending) body = <p>{t('tools.inspect.asking')}</p>;
  else if (error !== null && error !== undefined) {
    body = isRouteMissing(error) ? (
      <p className="notice">{t('tools.inspect.notOffered')}</p>
    ) : (
      <ErrorPanel error={error} onRetry={onRetry} title={t('tools.inspect.failed')} />
    );
  } else if (result && result.active !== true) {
    body = (
      <div>
        <p>
          <span className="badge badge-danger">{t('tools.inspect.inactive')}</span>
        </p>
        <p>{t('tools.inspect.inactiveBody')}</p>
      </div>
    );
  } else if (result) {
    const user = result.sub ?? result.username;
    const left = result.exp !== undefined ? result.exp - now / 1000 : undefined;
    body = (
      <div>
        <p>
          <span className="badge badge-success">{t('tools.inspect.active')}</span>
        </p>
        <dl className="token-facts">
          <dt>{t('tools.inspect.client')}</dt>
          <dd>
            {result.client_id ? (
              <Link to="/clients/$clientId" params={{ clientId: result.client_id }} className="mono">
                {result.client_id}
              </Link>
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('tools.inspect.user')}</dt>
          <dd>
            {user ? (
              <Link to="/users/$userId" params={{ userId: user }} className="mono">
                {user}
              </Link>
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('tools.inspect.scope')}</dt>
          <dd>
            <ScopeChips scope={result.scope} />
          </dd>
          <dt>{t('tools.inspect.tokenType')}</dt>
          <dd>{result.token_type ? t({ id: `tools.inspect.types.${result.token_type}`, message: result.token_type }) : '—'}</dd>
          <dt>{t('tools.inspect.expires')}</dt>
          <dd>
            <Time seconds={result.exp} now={now} />
            {left !== undefined && (
              <span className="countdown" aria-live="off">
                {' '}
                {left > 0 ? t('tools.inspect.expiresIn', { time: countdown(left) }) : t('tools.inspect.expiredNow')}
              </span>
            )}
          </dd>
          <dt>{t('tools.inspect.issued')}</dt>
          <dd>
            <Time seconds={result.iat} now={now} />
          </dd>
          <dt>{t('tools.inspect.issuer')}</dt>
          <dd className="mono">{result.iss ?? '—'}</dd>
          <dt>{t('tools.inspect.audience')}</dt>
          <dd className="mono">{result.aud === undefined ? '—' : claimText(result.aud)}</dd>
          <dt>{t('tools.inspect.jti')}</dt>
          <dd className="mono">{result.jti ?? '—'}</dd>
        </dl>
      </div>
    );
  }
  return (
    <section aria-labelledby="introspection-title" className="inspect-section">
      <h2 id="introspection-title">{t('tools.inspect.serverTitle')}</h2>
      {body}
    </section>
  );
}

import { useLingui } from '@lingui/react';
import type { SignInFailure, SignInFailureKind } from '@/api/auth/types';

/** Kinds that are a matter of the server's setup: the panel shows what to register. */
const SETUP_KINDS = new Set<SignInFailureKind>(['authorize-error', 'client-rejected', 'token-refused', 'api-rejected']);

export interface ClientSetup {
  clientId: string;
  redirectUri: string;
  scope: string;
}

/** What went wrong and what to do, the server's own words (as text) and status, and the client's setup where useful. */
export function SignInFailureDetails({ failure, setup }: { failure: SignInFailure; setup?: ClientSetup }) {
  const { _: t } = useLingui();
  const hasMeta = failure.error !== undefined || failure.status !== undefined;
  return (
    <>
      <p>{t(`auth.failure.${failure.kind}.body`)}</p>
      {failure.description && <p className="muted">{t('errors.serverSaid', { text: failure.description })}</p>}
      {hasMeta && (
        <dl className="error-panel-meta">
          {failure.error !== undefined && (
            <>
              <dt>{t('auth.failure.errorCode')}</dt>
              <dd>
                <code>{failure.error}</code>
              </dd>
            </>
          )}
          {failure.status !== undefined && (
            <>
              <dt>{t('errors.status')}</dt>
              <dd>{failure.status}</dd>
            </>
          )}
        </dl>
      )}
      {setup && SETUP_KINDS.has(failure.kind) && (
        <div>
          <p className="error-panel-subtitle">{t('auth.setup.title')}</p>
          <dl className="error-panel-meta">
            <dt>{t('auth.setup.clientId')}</dt>
            <dd>
              <code>{setup.clientId}</code>
            </dd>
            <dt>{t('auth.setup.redirectUri')}</dt>
            <dd>
              <code>{setup.redirectUri}</code>
            </dd>
            <dt>{t('auth.setup.scopes')}</dt>
            <dd>
              <code>{setup.scope}</code>
            </dd>
          </dl>
        </div>
      )}
    </>
  );
}

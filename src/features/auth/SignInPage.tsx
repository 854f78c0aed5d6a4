import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLingui } from '@lingui/react';
import { getDefaultBaseUrl } from '@/api/config';
import { setCredentials, type Credentials } from '@/api/credentials';
import { isApiError } from '@/api/errors';
import { listTokens } from '@/api/tokens';
import { ErrorPanel } from '@/components/ErrorPanel';
import { tenantFromToken } from '@/lib/jwt';
import { signInSchema, type SignInValues } from './signInSchema';

export type SignInReason = 'expired' | 'signed-out';

interface SignInPageProps {
  reason?: SignInReason;
  /** Demo mode only: signs in as the demo tenant's admin. */
  onTryDemo?: () => Promise<void>;
  onSignedIn: () => void;
}

/** Checks the token with one cheap read before keeping it, so a wrong token or URL is told at once. */
async function verify(credentials: Credentials): Promise<void> {
  setCredentials(credentials);
  try {
    await listTokens({ page: 1, page_size: 1 });
  } catch (error) {
    setCredentials(null);
    throw error;
  }
}

export function SignInPage({ reason, onTryDemo, onSignedIn }: SignInPageProps) {
  const { _: t } = useLingui();
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { baseUrl: getDefaultBaseUrl(), token: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await verify({ token: values.token, baseUrl: values.baseUrl, demo: false, tenant: tenantFromToken(values.token) });
      onSignedIn();
    } catch (error) {
      setFailure(error);
    }
  });

  const tryDemo = async () => {
    if (!onTryDemo) return;
    await onTryDemo();
    onSignedIn();
  };

  const failureTitle =
    isApiError(failure) && failure.status === 401
      ? t('signIn.rejected')
      : isApiError(failure) && failure.status === 403
        ? t('signIn.notAdmin')
        : t('signIn.failed');

  return (
    <main id="main" className="sign-in">
      <h1>{t('signIn.title')}</h1>
      {reason === 'expired' && (
        <p className="notice" role="status">
          {t('signIn.expired')}
        </p>
      )}
      {reason === 'signed-out' && (
        <p className="notice" role="status">
          {t('signIn.signedOut')}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <div className="field">
          <label htmlFor="baseUrl">{t('signIn.baseUrl')}</label>
          <input
            id="baseUrl"
            type="url"
            autoComplete="url"
            placeholder="https://auth.example.com"
            aria-invalid={errors.baseUrl ? true : undefined}
            aria-describedby={errors.baseUrl ? 'baseUrl-error' : 'baseUrl-hint'}
            {...form.register('baseUrl')}
          />
          <p id="baseUrl-hint" className="hint">
            {t('signIn.baseUrlHint')}
          </p>
          {errors.baseUrl?.message && (
            <p id="baseUrl-error" className="field-error">
              {t(errors.baseUrl.message)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="token">{t('signIn.token')}</label>
          <input
            id="token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={errors.token ? true : undefined}
            aria-describedby={errors.token ? 'token-error' : 'token-hint'}
            {...form.register('token')}
          />
          <p id="token-hint" className="hint">
            {t('signIn.tokenHint')}
          </p>
          {errors.token?.message && (
            <p id="token-error" className="field-error">
              {t(errors.token.message)}
            </p>
          )}
        </div>
        {failure !== undefined && <ErrorPanel error={failure} title={failureTitle} />}
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('signIn.checking') : t('signIn.submit')}
        </button>
      </form>
      {onTryDemo && (
        <div className="sign-in-demo">
          <p>{t('signIn.demoHint')}</p>
          <button type="button" className="button" onClick={() => void tryDemo()}>
            {t('signIn.tryDemo')}
          </button>
        </div>
      )}
    </main>
  );
}

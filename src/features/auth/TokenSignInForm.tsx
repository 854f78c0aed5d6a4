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

/** "Use an access token instead": a pasted administrator's token, for service accounts and break-glass access. */
export function TokenSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
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

  const failureTitle =
    isApiError(failure) && failure.status === 401
      ? t('auth.token.rejected')
      : isApiError(failure) && failure.status === 403
        ? t('auth.token.notAdmin')
        : t('auth.token.failed');

  return (
    <section aria-labelledby="token-sign-in-title">
      <h2 id="token-sign-in-title">{t('auth.token.title')}</h2>
      <p className="hint">{t('auth.token.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <div className="field">
          <label htmlFor="baseUrl">{t('auth.token.baseUrl')}</label>
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
            {t('auth.token.baseUrlHint')}
          </p>
          {errors.baseUrl?.message && (
            <p id="baseUrl-error" className="field-error">
              {t(errors.baseUrl.message)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="token">{t('auth.token.token')}</label>
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
            {t('auth.token.tokenHint')}
          </p>
          {errors.token?.message && (
            <p id="token-error" className="field-error">
              {t(errors.token.message)}
            </p>
          )}
        </div>
        {failure !== undefined && <ErrorPanel error={failure} title={failureTitle} />}
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('auth.token.checking') : t('auth.token.submit')}
        </button>
      </form>
    </section>
  );
}

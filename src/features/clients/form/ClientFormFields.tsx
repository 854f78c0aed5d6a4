import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useLingui } from '@lingui/react';
import { CLIENT_AUTH_METHODS, CLIENT_STATUSES, FAPI_PROFILES, GRANT_TYPES } from '@/api/schemas/clients';
import { authMethodKey, grantTypeKey } from '@/features/clients/vocabulary';
import type { ClientFormValues } from './clientFormSchema';
import { errorAt, listErrorAt } from './fieldState';
import { inputId as id } from './inputIds';
import { CheckboxGroup } from './fields/CheckboxGroup';
import { describedBy, FieldMessage } from './fields/FieldMessage';
import { ListEditor } from './fields/ListEditor';
import { TextField } from './fields/TextField';
import { MAX_NAME_LENGTH, openidSuggested } from './rules';

const URL_FIELDS = ['logo_url', 'website', 'terms_url', 'privacy_policy'] as const;

/** The inputs of the 14 fields of `UpdateClientRequest`, grouped; each shows its own error beside it. */
export function ClientFormFields({ form }: { form: UseFormReturn<ClientFormValues> }) {
  const { _: t } = useLingui();
  const labelOf = (id: string | undefined, value: string) => (id ? t(id) : value);
  const { register, control, formState, setValue } = form;
  const { errors } = formState;
  const [status, fapiProfile, grantTypes, scopes] = useWatch({ control, name: ['status', 'fapi_profile', 'grant_types', 'scopes'] });
  const withUnknown = (known: readonly string[], current: string) =>
    current !== '' && !known.includes(current) ? [...known, current] : known;

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('clients.form.sections.general')}</legend>
        <TextField
          id={id('name')}
          label={t('clients.fields.name')}
          hint={t('clients.form.hints.name', { max: MAX_NAME_LENGTH })}
          error={errorAt(errors, 'name')}
          registration={register('name')}
        />
        <div className="field">
          <label htmlFor={id('status')}>{t('clients.fields.status')}</label>
          <select
            id={id('status')}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={describedBy(errors.status && `${id('status')}-error`)}
            {...register('status')}
          >
            {withUnknown(CLIENT_STATUSES, status).map((value) => (
              <option key={value} value={value}>
                {t({ id: `clients.status.${value}`, message: value })}
              </option>
            ))}
          </select>
          <FieldMessage id={`${id('status')}-error`} error={errorAt(errors, 'status')} />
        </div>
        <Controller
          control={control}
          name="is_confidential"
          rules={{ deps: ['client_auth_methods', 'grant_types', 'fapi_profile'] }}
          render={({ field }) => (
            <fieldset className="field radio-group">
              <legend>{t('clients.fields.is_confidential')}</legend>
              {[true, false].map((confidential) => (
                <label key={String(confidential)} className="checkbox">
                  <input
                    ref={confidential ? field.ref : undefined}
                    type="radio"
                    name={field.name}
                    checked={field.value === confidential}
                    onChange={() => field.onChange(confidential)}
                    onBlur={field.onBlur}
                  />
                  <span>{confidential ? t('clients.type.confidential') : t('clients.type.public')}</span>
                  <span className="muted">{confidential ? t('clients.form.hints.confidential') : t('clients.form.hints.public')}</span>
                </label>
              ))}
            </fieldset>
          )}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('clients.form.sections.flows')}</legend>
        <Controller
          control={control}
          name="grant_types"
          rules={{ deps: ['redirect_uris'] }}
          render={({ field }) => (
            <CheckboxGroup
              id={id('grant_types')}
              legend={t('clients.fields.grant_types')}
              hint={t('clients.form.hints.grantTypes')}
              options={GRANT_TYPES.map((value) => ({ value, label: labelOf(grantTypeKey(value), value) }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={listErrorAt(errors, 'grant_types')}
            />
          )}
        />
        <Controller
          control={control}
          name="scopes"
          render={({ field }) => (
            <ListEditor
              id={id('scopes')}
              legend={t('clients.fields.scopes')}
              hint={t('clients.form.hints.scopes')}
              itemLabel={(i) => t('clients.form.list.scopeItem', { n: i + 1 })}
              placeholder="openid"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              listError={listErrorAt(errors, 'scopes')}
              itemError={(i) => errorAt(errors, `scopes.${i}`)}
              advice={
                openidSuggested(grantTypes, scopes) && (
                  <p className="advice" role="note">
                    {t('clients.form.advice.openid')}{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setValue('scopes', ['openid', ...scopes.filter((s) => s.trim() !== '')], { shouldDirty: true, shouldValidate: formState.isSubmitted })}
                    >
                      {t('clients.form.advice.addOpenid')}
                    </button>
                  </p>
                )
              }
            />
          )}
        />
        <Controller
          control={control}
          name="redirect_uris"
          render={({ field }) => (
            <ListEditor
              id={id('redirect_uris')}
              legend={t('clients.fields.redirect_uris')}
              hint={t('clients.form.hints.redirectUris')}
              itemLabel={(i) => t('clients.form.list.redirectUriItem', { n: i + 1 })}
              placeholder="https://app.example.com/callback"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              listError={listErrorAt(errors, 'redirect_uris')}
              itemError={(i) => errorAt(errors, `redirect_uris.${i}`)}
            />
          )}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('clients.form.sections.authentication')}</legend>
        <Controller
          control={control}
          name="client_auth_methods"
          rules={{ deps: ['fapi_profile', 'jwks_uri'] }}
          render={({ field }) => (
            <CheckboxGroup
              id={id('client_auth_methods')}
              legend={t('clients.fields.client_auth_methods')}
              hint={t('clients.form.hints.authMethods')}
              options={CLIENT_AUTH_METHODS.map((value) => ({ value, label: labelOf(authMethodKey(value), value) }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={listErrorAt(errors, 'client_auth_methods')}
            />
          )}
        />
        <TextField
          id={id('jwks_uri')}
          type="url"
          label={t('clients.fields.jwks_uri')}
          hint={t('clients.form.hints.jwksUri')}
          placeholder="https://app.example.com/.well-known/jwks.json"
          error={errorAt(errors, 'jwks_uri')}
          registration={register('jwks_uri', { deps: ['jwks'] })}
        />
        <TextField
          id={id('jwks')}
          multiline
          label={t('clients.fields.jwks')}
          hint={t('clients.form.hints.jwks')}
          placeholder='{"keys": [{"kty": "EC", "crv": "P-256", "x": "…", "y": "…"}]}'
          error={errorAt(errors, 'jwks')}
          registration={register('jwks', { deps: ['jwks_uri'] })}
        />
        <div className="field">
          <label htmlFor={id('fapi_profile')}>{t('clients.fields.fapi_profile')}</label>
          <select
            id={id('fapi_profile')}
            aria-invalid={errors.fapi_profile ? true : undefined}
            aria-describedby={describedBy(`${id('fapi_profile')}-hint`, errors.fapi_profile && `${id('fapi_profile')}-error`)}
            {...register('fapi_profile')}
          >
            <option value="">{t('clients.fapi.none')}</option>
            {withUnknown(FAPI_PROFILES, fapiProfile).map((value) => (
              <option key={value} value={value}>
                {t({ id: `clients.fapi.${value}`, message: value })}
              </option>
            ))}
          </select>
          <p id={`${id('fapi_profile')}-hint`} className="hint">
            {t('clients.form.hints.fapi')}
          </p>
          <FieldMessage id={`${id('fapi_profile')}-error`} error={errorAt(errors, 'fapi_profile')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('clients.form.sections.links')}</legend>
        {URL_FIELDS.map((field) => (
          <TextField
            key={field}
            id={id(field)}
            type="url"
            label={t(`clients.fields.${field}`)}
            placeholder="https://"
            error={errorAt(errors, field)}
            registration={register(field)}
          />
        ))}
        <p className="hint">{t('clients.form.hints.links')}</p>
      </fieldset>
    </>
  );
}

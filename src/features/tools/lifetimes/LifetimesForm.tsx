import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLingui } from '@lingui/react';
import * as z from 'zod/mini';
import { getCredentials } from '@/api/credentials';
import type { TokenConfig } from '@/api/schemas/tokenConfig';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorPanel } from '@/components/ErrorPanel';
import { LeaveGuardDialog } from '@/components/form/LeaveGuardDialog';
import { LostUpdateDialog } from '@/components/form/LostUpdateDialog';
import { useFormValues } from '@/components/form/useFormValues';
import { useUnsavedChangesGuard } from '@/components/form/useUnsavedChangesGuard';
import { notify } from '@/components/notify';
import { DurationInput } from './DurationInput';
import { FieldError } from './FieldError';
import { formatLifetime } from './formatLifetime';
import { clearLifetimesDraft, readLifetimesDraft, saveLifetimesDraft } from './lifetimeDraft';
import { useLifetimesSave } from './useLifetimesSave';
import {
  changeRequest,
  DURATION_FIELDS,
  LIMITS,
  lifetimeChanges,
  lifetimeIssues,
  offeredFields,
  toLifetimeValues,
  UNIT_NAMES,
  type LifetimeField,
  type LifetimeValues,
} from './lifetimeRules';

const duration = z.object({ amount: z.string(), unit: z.enum(UNIT_NAMES as ['seconds', 'minutes', 'hours', 'days']) });
const fieldsSchema = z.object({
  ...Object.fromEntries(DURATION_FIELDS.map((field) => [field, duration])),
  max_sessions_per_user: z.string(),
  refresh_token_rotation: z.boolean(),
}) as unknown as z.ZodMiniType<LifetimeValues, LifetimeValues>;

function lifetimesSchema(offered: readonly LifetimeField[]) {
  return fieldsSchema.check(
    z.superRefine((values: LifetimeValues, ctx) => {
      for (const issue of lifetimeIssues(values, offered)) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }),
  );
}

interface Base {
  loaded: TokenConfig;
  values: LifetimeValues;
}

/** The lifetimes form: human units, the rules at each field, the changes listed before saving, the guards. */
export function LifetimesForm({ config }: { config: TokenConfig }) {
  const { _: t, i18n } = useLingui();
  const [baseUrl] = useState(() => getCredentials()?.baseUrl ?? '');
  const [restored, setRestored] = useState(() => readLifetimesDraft(baseUrl));
  const [base, setBase] = useState<Base>(() => {
    const loaded = restored?.loaded ?? config;
    return { loaded, values: toLifetimeValues(loaded) };
  });
  const offered = useMemo(() => offeredFields(base.loaded), [base.loaded]);
  const form = useForm<LifetimeValues>({
    resolver: zodResolver(lifetimesSchema(offered)),
    defaultValues: restored?.values ?? base.values,
    mode: 'onTouched',
  });
  const values = useFormValues(form);
  const changes = lifetimeChanges(base.loaded, values, offered);
  const dirty = changes.length > 0;
  const { blocker } = useUnsavedChangesGuard(dirty);
  const [confirmReset, setConfirmReset] = useState(false);

  useEffect(() => {
    if (dirty) saveLifetimesDraft({ baseUrl, loaded: base.loaded, values });
    else clearLifetimesDraft();
  }, [dirty, values, baseUrl, base.loaded]);

  const adopt = (saved: TokenConfig) => {
    const next = toLifetimeValues(saved);
    setBase({ loaded: saved, values: next });
    form.reset(next);
    setRestored(undefined);
    clearLifetimesDraft();
  };
  const save = useLifetimesSave({
    loaded: base.loaded,
    offered,
    onSaved: (saved) => {
      adopt(saved);
      notify.success(t('tools.lifetimes.saved'));
    },
    onViolation: (path, message) => form.setError(path as keyof LifetimeValues, { type: 'server', message }),
  });

  const submit = form.handleSubmit((valid) => save.submit(changeRequest(lifetimeChanges(base.loaded, valid, offered))));
  const show = (field: LifetimeField) => offered.includes(field);
  const value = (field: LifetimeField, v: number | boolean | undefined) => formatLifetime(field, v, i18n.locale, t);

  return (
    <>
      <form className="form lifetimes-form" noValidate aria-label={t('tools.lifetimes.formLabel')} onSubmit={(e) => void submit(e)}>
        {restored && dirty && (
          <div className="notice" role="status">
            <p>{t('tools.lifetimes.restored')}</p>
          </div>
        )}
        {save.failure !== undefined && <ErrorPanel error={save.failure} title={t('tools.lifetimes.saveFailed')} />}
        {save.unplaced.length > 0 && (
          <ul className="server-violations" aria-label={t('tools.lifetimes.otherProblems')}>
            {save.unplaced.map((v, i) => (
              <li key={i}>
                {v.field && <code className="mono">{v.field}</code>} {v.description ?? v.code}
              </li>
            ))}
          </ul>
        )}
        <fieldset className="lifetimes-group">
          <legend>{t('tools.lifetimes.tokens')}</legend>
          {(['access_token_ttl', 'refresh_token_ttl', 'id_token_ttl', 'device_code_ttl'] as const).filter(show).map((field) => (
            <DurationInput key={field} form={form} field={field} />
          ))}
          {show('refresh_token_rotation') && (
            <label className="switch-field">
              <input type="checkbox" role="switch" {...form.register('refresh_token_rotation')} />
              <span>{t('tools.lifetimes.fields.refresh_token_rotation')}</span>
            </label>
          )}
          {show('refresh_token_reuse_window') && <DurationInput form={form} field="refresh_token_reuse_window" />}
        </fieldset>
        <fieldset className="lifetimes-group">
          <legend>{t('tools.lifetimes.sessions')}</legend>
          {(['session_idle_timeout', 'session_max_lifetime'] as const).filter(show).map((field) => (
            <DurationInput key={field} form={form} field={field} />
          ))}
          {show('max_sessions_per_user') && (
            <div className="field">
              <label htmlFor="lt-max_sessions_per_user">{t('tools.lifetimes.fields.max_sessions_per_user')}</label>
              <input
                id="lt-max_sessions_per_user"
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={form.formState.errors.max_sessions_per_user ? true : undefined}
                aria-describedby="lt-max_sessions_per_user-hint lt-max_sessions_per_user-error"
                {...form.register('max_sessions_per_user')}
              />
              <p id="lt-max_sessions_per_user-hint" className="hint">
                {t('tools.lifetimes.hints.max_sessions_per_user', { max: LIMITS.max_sessions_per_user.max })}
              </p>
              <FieldError id="lt-max_sessions_per_user-error" error={form.formState.errors.max_sessions_per_user} max={String(LIMITS.max_sessions_per_user.max)} />
            </div>
          )}
        </fieldset>

        <section aria-labelledby="lt-changes" className="lifetimes-changes">
          <h2 id="lt-changes">{t('tools.lifetimes.changes', { count: changes.length })}</h2>
          {dirty ? (
            <ul>
              {changes.map((change) => (
                <li key={change.field}>
                  {t(`tools.lifetimes.fields.${change.field}`)}: {value(change.field, change.before)} → <strong>{value(change.field, change.after)}</strong>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('tools.lifetimes.noChanges')}</p>
          )}
        </section>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={!dirty || save.busy} aria-busy={save.busy || undefined}>
            {save.checking ? t('tools.lifetimes.checking') : save.saving ? t('tools.lifetimes.saving') : t('tools.lifetimes.save', { count: changes.length })}
          </button>
          <button type="button" className="button" disabled={!dirty || save.busy} onClick={() => adopt(base.loaded)}>
            {t('tools.lifetimes.discard')}
          </button>
          <button type="button" className="button button-quiet" disabled={save.busy} onClick={() => setConfirmReset(true)}>
            {t('tools.lifetimes.reset')}
          </button>
        </div>
      </form>

      <ConfirmDialog
        open={confirmReset}
        onOpenChange={setConfirmReset}
        title={t('tools.lifetimes.resetTitle')}
        description={dirty ? t('tools.lifetimes.resetBodyDirty') : t('tools.lifetimes.resetBody')}
        confirmLabel={t('tools.lifetimes.resetConfirm')}
        onConfirm={async () => {
          await save.resetToDefaults();
          notify.success(t('tools.lifetimes.resetDone'));
        }}
      />
      <LostUpdateDialog
        open={save.conflict !== undefined}
        changes={(save.conflict?.fields ?? []).map((field) => ({
          key: field,
          label: t(`tools.lifetimes.fields.${field}`),
          before: value(field, base.loaded[field]),
          theirs: value(field, save.conflict?.current[field]),
          alsoMine: changes.some((change) => change.field === field),
        }))}
        texts={{
          title: t('tools.lifetimes.conflict.title'),
          body: t('tools.lifetimes.conflict.body'),
          noVisibleChanges: t('tools.lifetimes.conflict.none'),
          caption: t('tools.lifetimes.conflict.caption'),
          field: t('tools.lifetimes.conflict.field'),
          before: t('tools.lifetimes.conflict.before'),
          theirs: t('tools.lifetimes.conflict.theirs'),
          alsoMine: t('tools.lifetimes.conflict.alsoMine'),
          explain: (count) => t('tools.lifetimes.conflict.explain', { count }),
          keepEditing: t('tools.lifetimes.conflict.keepEditing'),
          reloadTheirs: t('tools.lifetimes.conflict.reloadTheirs'),
          overwrite: t('tools.lifetimes.conflict.overwrite'),
        }}
        onReloadTheirs={() => {
          if (save.conflict) adopt(save.conflict.current);
          save.dismissConflict();
        }}
        onOverwrite={() => save.overwrite((current) => setBase((prev) => ({ ...prev, loaded: current })))}
        onCancel={save.keepEditing}
      />
      <LeaveGuardDialog
        blocker={blocker}
        title={t('tools.lifetimes.leave.title')}
        description={t('tools.lifetimes.leave.body', { count: changes.length })}
        confirmLabel={t('tools.lifetimes.leave.confirm')}
        onLeave={clearLifetimesDraft}
      />
    </>
  );
}

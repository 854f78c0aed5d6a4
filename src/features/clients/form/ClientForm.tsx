import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLingui } from '@lingui/react';
import { getCredentials } from '@/api/credentials';
import type { OAuthClient } from '@/api/schemas/clients';
import { ErrorPanel } from '@/components/ErrorPanel';
import { createClientFormSchema, type ClientFormValues } from './clientFormSchema';
import { ClientFormFields } from './ClientFormFields';
import { differingFields } from './diff';
import { clearDraft, readDraft, saveDraft } from './draftStore';
import { countErrors } from './fieldState';
import { focusFirstInvalid } from './inputIds';
import { jwksMayBeStored, toClientFormValues } from './formValues';
import { LostUpdateDialog } from './LostUpdateDialog';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';
import { useClientSave, type FormBase } from './useClientSave';
import { useFormValues } from '@/components/form/useFormValues';
import { useUnsavedChangesGuard } from '@/components/form/useUnsavedChangesGuard';

interface ClientFormProps {
  clientId: string;
  /** The client as loaded; the form takes it once (a later refetch does not overwrite the admin's input). */
  client: OAuthClient;
  onSaved: (client: OAuthClient) => void;
}

export function ClientForm({ clientId, client, onSaved }: ClientFormProps) {
  const { _: t } = useLingui();
  const [baseUrl] = useState(() => getCredentials()?.baseUrl ?? '');
  const [restored, setRestored] = useState(() => readDraft(clientId, baseUrl));
  const [base, setBase] = useState<FormBase>(() => {
    const loaded = restored?.loaded ?? client;
    return { loaded, values: toClientFormValues(loaded) };
  });
  const schema = useMemo(() => createClientFormSchema({ jwksMayBeStored: jwksMayBeStored(base.loaded) }), [base.loaded]);
  const form = useForm<ClientFormValues>({
    criteriaMode: 'all', // every rule a value breaks is said at its field
    resolver: zodResolver(schema),
    defaultValues: restored?.values ?? base.values,
    mode: 'onTouched',
    // focus goes to the first invalid input on screen, list entries included (see submit below)
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const values = useFormValues(form);
  const changed = differingFields(base.values, values);
  const dirty = changed.length > 0;
  const [invalidCount, setInvalidCount] = useState(0);
  // A failed submit asks for focus on the first invalid input once its message has rendered: after the commit that
  // shows the errors (an effect), not on the next frame, which a slow render can reach before the errors are shown.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);
  const { blocker, allowNextNavigation } = useUnsavedChangesGuard(dirty);

  // The draft lives as long as there are unsaved changes, so that a sign-in in between does not lose them.
  useEffect(() => {
    if (dirty) saveDraft(clientId, { baseUrl, loaded: base.loaded, values });
    else clearDraft(clientId);
  }, [dirty, values, clientId, baseUrl, base.loaded]);

  const save = useClientSave({
    clientId,
    form,
    base,
    onSaved: (saved) => {
      clearDraft(clientId);
      allowNextNavigation();
      onSaved(saved);
    },
    onReloadTheirs: (current) => {
      const next = toClientFormValues(current);
      setBase({ loaded: current, values: next });
      form.reset(next);
      setRestored(undefined);
    },
    onAcknowledge: (current) => setBase((prev) => ({ ...prev, loaded: current })),
  });
  const busy = save.phase !== 'idle';

  const submit = form.handleSubmit(
    async (valid) => {
      setInvalidCount(0);
      await save.submit(valid);
    },
    (errors) => {
      setInvalidCount(countErrors(errors));
      setFocusRequest((n) => n + 1);
    },
  );

  const discard = () => {
    form.reset(base.values);
    clearDraft(clientId);
    setRestored(undefined);
  };

  return (
    <>
      <form ref={formRef} className="form client-form" noValidate aria-label={t('clients.form.label')} onSubmit={(e) => void submit(e)}>
        {restored && dirty && (
          <div className="notice restored-draft" role="status">
            <p>{t('clients.form.restored.body')}</p>
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void submit()}>
                {t('clients.form.restored.saveNow')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={discard}>
                {t('clients.form.restored.discard')}
              </button>
            </div>
          </div>
        )}
        {save.failure !== undefined && (
          <ErrorPanel error={save.failure} title={t('clients.form.saveFailed')} />
        )}
        {save.unplaced.length > 0 && (
          <ul className="server-violations" aria-label={t('clients.form.otherProblems')}>
            {save.unplaced.map((v, i) => (
              <li key={i}>
                {v.field && <code className="mono">{v.field}</code>} {v.description ?? v.code}
              </li>
            ))}
          </ul>
        )}
        {invalidCount > 0 && Object.keys(form.formState.errors).length > 0 && (
          <p className="field-error form-summary" role="alert">
            {t('clients.form.invalidSummary', { count: invalidCount })}
          </p>
        )}

        <ClientFormFields form={form} />

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={!dirty || busy} aria-busy={busy || undefined}>
            {save.phase === 'checking' ? t('clients.form.checking') : save.phase === 'saving' ? t('clients.form.saving') : t('clients.form.save')}
          </button>
          <Link to="/clients/$clientId" params={{ clientId }} className="button">
            {t('clients.form.cancel')}
          </Link>
          <span className="muted" aria-live="polite">
            {dirty ? t('clients.form.unsavedCount', { count: changed.length }) : t('clients.form.noChanges')}
          </span>
        </div>
      </form>

      <LostUpdateDialog
        clientId={clientId}
        open={save.conflict !== undefined}
        current={save.conflict?.current}
        changes={save.conflict?.changes ?? []}
        onReloadTheirs={save.reloadTheirs}
        onOverwrite={save.overwrite}
        onCancel={save.keepEditing}
        onSeeHistory={() => {
          // the draft store keeps the edits (and the version they were made on): back on this form they are offered again
          allowNextNavigation();
          save.keepEditing();
        }}
      />
      <UnsavedChangesDialog
        open={blocker.status === 'blocked'}
        changedCount={changed.length}
        onStay={() => blocker.reset?.()}
        onLeave={() => {
          clearDraft(clientId);
          blocker.proceed?.();
        }}
      />
    </>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useLingui } from '@lingui/react';
import { getCredentials } from '@/api/credentials';
import { isApiError } from '@/api/errors';
import type { IssuedClient } from '@/api/schemas/clientLifecycle';
import type { FieldViolation } from '@/api/schemas/common';
import { ErrorPanel } from '@/components/ErrorPanel';
import {
  clientIdFormSchema,
  createClientFormSchema,
  type ClientFormValues,
  type ClientIdFormValues,
} from '@/features/clients/form/clientFormSchema';
import { ClientFormFields } from '@/features/clients/form/ClientFormFields';
import { differingFields } from '@/features/clients/form/diff';
import { clearNewClientDraft, readNewClientDraft, saveNewClientDraft } from '@/features/clients/form/draftStore';
import { countErrors, errorAt } from '@/features/clients/form/fieldState';
import { TextField } from '@/features/clients/form/fields/TextField';
import { focusFirstInvalid, focusInput, inputId } from '@/features/clients/form/inputIds';
import { UnsavedChangesDialog } from '@/features/clients/form/UnsavedChangesDialog';
import { useUnsavedChangesGuard } from '@/components/form/useUnsavedChangesGuard';
import { useFormValues } from '@/components/form/useFormValues';
import { kindDefaults, type ClientKind } from './clientKinds';
import { toCreateRequest } from './createRequest';
import { placeServerErrors } from './placeServerErrors';
import { useCreateClient } from './useCreateClient';

interface CreateClientFormProps {
  kind: ClientKind;
  /** The new client and, for a confidential one, its secret: the page shows it once. */
  onCreated: (issued: IssuedClient) => void;
  onChangeKind: () => void;
}

/**
 * A new client: the edit form's fields, schema, rules and messages (shared, not copied) starting from the kind's
 * defaults, plus the client_id the admin may choose. Server field errors land on their inputs; nothing typed is lost:
 * while anything is typed it is kept in the in-memory draft store, so a 401 and a sign-in in between do not lose it.
 */
export function CreateClientForm({ kind, onCreated, onChangeKind }: CreateClientFormProps) {
  const { _: t } = useLingui();
  const [baseUrl] = useState(() => getCredentials()?.baseUrl ?? '');
  const [restored, setRestored] = useState(() => readNewClientDraft(kind, baseUrl));
  const [defaults] = useState(() => kindDefaults(kind));
  const schema = useMemo(() => createClientFormSchema(), []);
  const form = useForm<ClientFormValues>({
    criteriaMode: 'all', // every rule a value breaks is said at its field
    resolver: zodResolver(schema),
    defaultValues: restored?.values ?? defaults,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const idForm = useForm<ClientIdFormValues>({
    resolver: zodResolver(clientIdFormSchema),
    defaultValues: { client_id: restored?.clientId ?? '' },
    mode: 'onTouched',
  });
  const formRef = useRef<HTMLFormElement>(null);
  const values = useFormValues(form);
  const clientId = useWatch({ control: idForm.control, name: 'client_id' });
  const changedCount = differingFields(defaults, values).length + (clientId.trim() === '' ? 0 : 1);
  const dirty = changedCount > 0;
  const { blocker, allowNextNavigation } = useUnsavedChangesGuard(dirty);
  const [failure, setFailure] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldViolation[]>([]);
  const [invalidCount, setInvalidCount] = useState(0);
  // focus on the first invalid input after the commit that shows the messages (not on the next frame, which a
  // slow render can reach first)
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  // The draft lives as long as something is typed, so that a sign-in in between does not lose it.
  useEffect(() => {
    if (dirty) saveNewClientDraft({ baseUrl, kind, clientId, values });
    else clearNewClientDraft(kind);
  }, [dirty, values, clientId, kind, baseUrl]);

  const create = useCreateClient((issued) => {
    clearNewClientDraft(kind);
    allowNextNavigation();
    onCreated(issued);
  });

  const showInvalid = (count: number) => {
    setInvalidCount(count);
    setFocusRequest((n) => n + 1);
  };

  const send = async (valid: ClientFormValues) => {
    setFailure(undefined);
    setUnplaced([]);
    try {
      await create.mutateAsync(toCreateRequest(valid, idForm.getValues('client_id')));
    } catch (error) {
      // 401: the session handler sends the admin to sign in.
      if (isApiError(error) && (error.status === 401 || error.kind === 'aborted')) return;
      const placed = placeServerErrors(error, form, idForm);
      setUnplaced(placed.unplaced);
      setFailure(error);
      if (placed.focus) focusInput(placed.focus);
    }
  };

  const submit = async (event?: React.FormEvent) => {
    event?.preventDefault();
    const idValid = await idForm.trigger();
    const idErrors = countErrors(idForm.formState.errors);
    await form.handleSubmit(
      async (valid) => {
        if (!idValid) return showInvalid(idErrors);
        setInvalidCount(0);
        await send(valid);
      },
      (errors) => showInvalid(countErrors(errors) + idErrors),
    )();
  };

  const discard = () => {
    form.reset(defaults);
    idForm.reset({ client_id: '' });
    clearNewClientDraft(kind);
    setRestored(undefined);
    setFailure(undefined);
    setUnplaced([]);
    setInvalidCount(0);
  };

  return (
    <>
      <form ref={formRef} className="form client-form" noValidate aria-label={t('clients.create.formLabel')} onSubmit={(e) => void submit(e)}>
        <div className="notice create-kind" role="status">
          <span>{t('clients.create.kindChosen', { kind: t(`clients.kinds.${kind}.title`) })}</span>{' '}
          <button type="button" className="link-button" onClick={onChangeKind}>
            {t('clients.create.changeKind')}
          </button>
        </div>
        {restored && dirty && (
          <div className="notice restored-draft" role="status">
            <p>{t('clients.create.restored.body')}</p>
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={create.isPending} onClick={() => void submit()}>
                {t('clients.create.restored.createNow')}
              </button>
              <button type="button" className="button" disabled={create.isPending} onClick={discard}>
                {t('clients.create.restored.discard')}
              </button>
            </div>
          </div>
        )}
        {failure !== undefined && <ErrorPanel error={failure} title={t('clients.create.failed')} />}
        {unplaced.length > 0 && (
          <ul className="server-violations" aria-label={t('clients.form.otherProblems')}>
            {unplaced.map((v, i) => (
              <li key={i}>
                {v.field && <code className="mono">{v.field}</code>} {v.description ?? v.code}
              </li>
            ))}
          </ul>
        )}
        {invalidCount > 0 && (
          <p className="field-error form-summary" role="alert">
            {t('clients.create.invalidSummary', { count: invalidCount })}
          </p>
        )}

        <fieldset className="form-section">
          <legend>{t('clients.create.identity')}</legend>
          <TextField
            id={inputId('client_id')}
            label={t('clients.fields.client_id')}
            hint={t('clients.create.clientIdHint')}
            placeholder="billing-portal"
            error={errorAt(idForm.formState.errors, 'client_id')}
            registration={idForm.register('client_id')}
          />
        </fieldset>
        <ClientFormFields form={form} />

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending} aria-busy={create.isPending || undefined}>
            {create.isPending ? t('clients.create.creating') : t('clients.create.submit')}
          </button>
          <Link to="/clients" className="button">
            {t('clients.form.cancel')}
          </Link>
        </div>
      </form>
      <UnsavedChangesDialog
        open={blocker.status === 'blocked'}
        changedCount={changedCount}
        onStay={() => blocker.reset?.()}
        onLeave={() => {
          clearNewClientDraft(kind);
          blocker.proceed?.();
        }}
      />
    </>
  );
}

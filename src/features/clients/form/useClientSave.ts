import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { clientDetailQuery, updateClient } from '@/api/clients';
import { isApiError } from '@/api/errors';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import type { OAuthClient, UpdateClientRequest } from '@/api/schemas/clients';
import type { FieldViolation } from '@/api/schemas/common';
import type { ClientFormValues } from './clientFormSchema';
import { changedFields, serverChanges, type ServerChange } from './diff';
import { mapFieldViolations } from './fieldErrors';
import { focusInput } from './inputIds';

export interface FormBase {
  /** The client as the form loaded it: its `updated_at` is what the lost-update check compares. */
  loaded: OAuthClient;
  values: ClientFormValues;
}

export type SavePhase = 'idle' | 'checking' | 'saving';

interface Conflict {
  current: OAuthClient;
  changes: ServerChange[];
  request: UpdateClientRequest;
}

interface UseClientSaveOptions {
  clientId: string;
  form: UseFormReturn<ClientFormValues>;
  base: FormBase;
  onSaved: (client: OAuthClient) => void;
  onReloadTheirs: (current: OAuthClient) => void;
  /** Overwrite chosen: their version is the one now acknowledged, so a retry after a failure asks no more. */
  onAcknowledge: (current: OAuthClient) => void;
}

/**
 * Saving a client: checks that nobody changed it since it was loaded, sends only the changed fields, and puts
 * the server's field errors on the inputs. Nothing the admin typed is ever reset by a failure.
 */
export function useClientSave({ clientId, form, base, onSaved, onReloadTheirs, onAcknowledge }: UseClientSaveOptions) {
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<SavePhase>('idle');
  const [failure, setFailure] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldViolation[]>([]);
  const [conflict, setConflict] = useState<Conflict>();

  const mutation = useMutation({
    mutationKey: mutationKeys.clients.save,
    mutationFn: (request: UpdateClientRequest) => updateClient(clientId, request),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.clients.detail(clientId), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.clients.lists() });
      // the save is in the client's history and may change its usage
      void queryClient.invalidateQueries({ queryKey: queryKeys.clients.history(clientId) });
    },
  });

  const fail = (error: unknown) => {
    // 401: the session handler sends the admin to sign in; the draft store keeps the edits.
    if (isApiError(error) && (error.status === 401 || error.kind === 'aborted')) return;
    if (isApiError(error) && error.violations.length > 0) {
      const { placed, unplaced: rest } = mapFieldViolations(error.violations, form.getValues());
      placed.forEach(({ path, message }) => form.setError(path as keyof ClientFormValues, { type: 'server', message }));
      if (placed[0]) focusInput(placed[0].path);
      setUnplaced(rest);
    }
    setFailure(error);
  };

  const send = async (request: UpdateClientRequest) => {
    setPhase('saving');
    try {
      onSaved(await mutation.mutateAsync(request));
    } catch (error) {
      fail(error);
    } finally {
      setPhase('idle');
    }
  };

  const submit = async (values: ClientFormValues) => {
    const request = changedFields(base.values, values);
    if (Object.keys(request).length === 0) return;
    setFailure(undefined);
    setUnplaced([]);
    setPhase('checking');
    let current: OAuthClient;
    try {
      current = await queryClient.fetchQuery({ ...clientDetailQuery(clientId), staleTime: 0 });
    } catch (error) {
      setPhase('idle');
      fail(error);
      return;
    }
    if (current.updated_at !== base.loaded.updated_at) {
      setPhase('idle');
      setConflict({ current, request, changes: serverChanges(base.loaded, current, base.values, values) });
      return;
    }
    await send(request);
  };

  return {
    submit,
    phase,
    failure,
    unplaced,
    conflict,
    overwrite: () => {
      if (!conflict) return;
      setConflict(undefined);
      onAcknowledge(conflict.current);
      void send(conflict.request);
    },
    reloadTheirs: () => {
      if (!conflict) return;
      setConflict(undefined);
      setFailure(undefined);
      setUnplaced([]);
      onReloadTheirs(conflict.current);
    },
    keepEditing: () => setConflict(undefined),
  };
}

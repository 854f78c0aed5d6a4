import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '@/api/errors';
import { mutationKeys, queryKeys } from '@/api/queryKeys';
import type { FieldViolation } from '@/api/schemas/common';
import type { TokenConfig, TokenConfigUpdate } from '@/api/schemas/tokenConfig';
import { resetTokenConfig, tokenConfigQuery, updateTokenConfig } from '@/api/tokenConfig';
import { DURATION_FIELDS, serverChanges, type LifetimeField } from './lifetimeRules';

export interface LifetimesConflict {
  current: TokenConfig;
  fields: LifetimeField[];
  request: TokenConfigUpdate;
}

interface Options {
  loaded: TokenConfig;
  offered: readonly LifetimeField[];
  onSaved: (config: TokenConfig) => void;
  /** A server violation on one of the form's inputs (its path and the server's words). */
  onViolation: (path: string, message: string) => void;
}

/** The form path of a server violation's field, when the form has it. */
function pathOf(field: string | undefined): string | undefined {
  if ((DURATION_FIELDS as readonly string[]).includes(field ?? '')) return `${field}.amount`;
  return field === 'max_sessions_per_user' || field === 'refresh_token_rotation' ? field : undefined;
}

/**
 * Saving lifetimes: the config is read again first, and when someone else changed it since the form loaded it the
 * admin chooses (the lost-update dialog); only the changed fields are sent; the server's field violations go to
 * their inputs. Nothing the admin typed is reset by a failure. Reset to defaults is a second mutation.
 */
export function useLifetimesSave({ loaded, offered, onSaved, onViolation }: Options) {
  const queryClient = useQueryClient();
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldViolation[]>([]);
  const [conflict, setConflict] = useState<LifetimesConflict>();
  const saved = (config: TokenConfig) => {
    queryClient.setQueryData(queryKeys.tokenConfig.all, config);
    onSaved(config);
  };
  const save = useMutation({ mutationKey: mutationKeys.tokenConfig.save, mutationFn: (request: TokenConfigUpdate) => updateTokenConfig(request), onSuccess: saved });
  const reset = useMutation({ mutationKey: mutationKeys.tokenConfig.reset, mutationFn: () => resetTokenConfig(), onSuccess: saved });

  const fail = (error: unknown) => {
    // 401: the session handler sends the admin to sign in; the draft keeps the edits
    if (isApiError(error) && (error.status === 401 || error.kind === 'aborted')) return;
    const rest: FieldViolation[] = [];
    for (const violation of isApiError(error) ? error.violations : []) {
      const path = pathOf(violation.field);
      const message = violation.description?.trim() || violation.code || '';
      if (path && message) onViolation(path, message);
      else rest.push(violation);
    }
    setUnplaced(rest);
    setFailure(error);
  };

  const send = async (request: TokenConfigUpdate) => {
    try {
      await save.mutateAsync(request);
    } catch (error) {
      fail(error);
    }
  };

  const submit = async (request: TokenConfigUpdate) => {
    if (Object.keys(request).length === 0) return;
    setFailure(undefined);
    setUnplaced([]);
    setChecking(true);
    let current: TokenConfig;
    try {
      current = await queryClient.fetchQuery({ ...tokenConfigQuery(), staleTime: 0 });
    } catch (error) {
      fail(error);
      return;
    } finally {
      setChecking(false);
    }
    const fields = serverChanges(loaded, current, offered);
    if (fields.length > 0) setConflict({ current, fields, request });
    else await send(request);
  };

  return {
    submit,
    busy: checking || save.isPending || reset.isPending,
    checking,
    saving: save.isPending,
    failure,
    unplaced,
    conflict,
    /** Their version becomes the one acknowledged, then the admin's changes are sent. */
    overwrite: (acknowledge: (current: TokenConfig) => void) => {
      if (!conflict) return;
      setConflict(undefined);
      acknowledge(conflict.current);
      void send(conflict.request);
    },
    keepEditing: () => setConflict(undefined),
    dismissConflict: () => setConflict(undefined),
    resetToDefaults: () => reset.mutateAsync(),
  };
}

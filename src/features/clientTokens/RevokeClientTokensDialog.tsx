import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useLingui } from '@lingui/react';
import type { RevokeClientTokensResult } from '@/api/schemas/clients';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import {
  defaultGracePeriodForm,
  GRACE_CHOICES,
  gracePeriodFormSchema,
  gracePeriodSeconds,
  MAX_GRACE_PERIOD_SECONDS,
  type GracePeriodForm,
} from './gracePeriod';
import type { useRevokeClientTokens } from './useRevokeClientTokens';

interface RevokeClientTokensDialogProps {
  clientId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  mutation: ReturnType<typeof useRevokeClientTokens>;
  onDone: (result: RevokeClientTokensResult, requested: number | undefined) => void;
}

/**
 * "Revoke all tokens of this client": an optional grace period (none, 5 min, 1 h or custom seconds, 0–86400)
 * and the client id typed to confirm. The choice survives a failed attempt, so the admin can simply try again.
 */
export function RevokeClientTokensDialog({ clientId, open, onOpenChange, mutation, onDone }: RevokeClientTokensDialogProps) {
  const { _: t } = useLingui();
  const id = useId();
  const form = useForm<GracePeriodForm>({
    resolver: zodResolver(gracePeriodFormSchema),
    defaultValues: defaultGracePeriodForm,
    mode: 'onChange',
  });
  const values = useWatch({ control: form.control }) as GracePeriodForm;
  const valid = gracePeriodFormSchema.safeParse(values).success;
  const customError = form.formState.errors.custom?.message;
  const errorId = `${id}-custom-error`;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) form.reset(defaultGracePeriodForm);
        onOpenChange(next);
      }}
      title={t('clientTokens.revokeAll.title', { client: clientId })}
      description={t('clientTokens.revokeAll.description', { client: clientId })}
      confirmLabel={t('clientTokens.revokeAll.confirm')}
      typedConfirmation={clientId}
      canConfirm={valid}
      onConfirm={async () => {
        const current = form.getValues();
        const parsed = gracePeriodFormSchema.safeParse(current);
        if (!parsed.success) return;
        const requested = gracePeriodSeconds(parsed.data);
        const result = await mutation.mutateAsync(requested);
        form.reset(defaultGracePeriodForm);
        onDone(result, requested);
      }}
    >
      <fieldset className="grace-fieldset">
        <legend>{t('clientTokens.grace.legend')}</legend>
        <p className="hint muted">{t('clientTokens.grace.hint')}</p>
        {GRACE_CHOICES.map((choice) => (
          <label key={choice} className="grace-choice">
            <input type="radio" value={choice} {...form.register('choice', { deps: ['custom'] })} />
            {t(`clientTokens.grace.choice.${choice}`)}
          </label>
        ))}
        {values.choice === 'custom' && (
          <div className="field grace-custom">
            <label htmlFor={`${id}-custom`}>{t('clientTokens.grace.customLabel', { max: MAX_GRACE_PERIOD_SECONDS })}</label>
            <div className="inline-field">
              <input
                id={`${id}-custom`}
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={customError ? true : undefined}
                aria-describedby={customError ? errorId : undefined}
                {...form.register('custom')}
              />
              <span>{t('clientTokens.grace.seconds')}</span>
              {customError && (
                <p id={errorId} className="field-error" role="alert">
                  {t(customError, { max: MAX_GRACE_PERIOD_SECONDS })}
                </p>
              )}
            </div>
          </div>
        )}
      </fieldset>
    </ConfirmDialog>
  );
}

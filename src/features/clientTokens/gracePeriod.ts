import * as z from 'zod/mini';

/** The longest grace period the console offers: one day, in seconds. */
export const MAX_GRACE_PERIOD_SECONDS = 86_400;
export const GRACE_CHOICES = ['none', '300', '3600', 'custom'] as const;
export type GraceChoice = (typeof GRACE_CHOICES)[number];

/** Messages are i18n keys of the clientTokens namespace. */
export const gracePeriodFormSchema = z.object({ choice: z.enum(GRACE_CHOICES), custom: z.string() }).check(
  z.superRefine((values, ctx) => {
    if (values.choice !== 'custom') return;
    const text = values.custom.trim();
    const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['custom'], message });
    if (text === '') issue('clientTokens.grace.errors.required');
    else if (!/^-?\d+$/.test(text)) issue('clientTokens.grace.errors.wholeNumber');
    else if (Number(text) < 0 || Number(text) > MAX_GRACE_PERIOD_SECONDS) issue('clientTokens.grace.errors.range');
  }),
);
export type GracePeriodForm = z.infer<typeof gracePeriodFormSchema>;

export const defaultGracePeriodForm: GracePeriodForm = { choice: 'none', custom: '' };

/** The `grace_period` to send: none is left out (the server's default), a custom value is sent as typed, 0 included. */
export function gracePeriodSeconds(values: GracePeriodForm): number | undefined {
  switch (values.choice) {
    case 'none':
      return undefined;
    case 'custom':
      return Number(values.custom.trim());
    default:
      return Number(values.choice);
  }
}

import type { StepView } from '@/components/StepOutcomes';
import type { StepResult } from '@/components/steps';
import type { EndUserSteps } from '@/components/useEndUserSessions';
import type { TFunction } from '@/i18n/i18n';

/** The steps of ending a user's sessions (and revoking their tokens), in the sessions area's words. */
export function endUserStepViews(steps: EndUserSteps, userId: string, t: TFunction, n: (value: number) => string): StepView[] {
  const count = (result: StepResult, counted: string, uncounted: string) =>
    result.count === undefined ? t(uncounted) : t(counted, { count: result.count, n: n(result.count) });
  const views: StepView[] = [
    {
      key: 'sessions',
      ...steps.sessions,
      label: t('sessions.endUser.stepSessions', { user: userId }),
      detail: count(steps.sessions, 'sessions.end.ended', 'sessions.end.endedUncounted'),
    },
  ];
  if (steps.sessionTokens) {
    views.push({
      key: 'session-tokens',
      ...steps.sessionTokens,
      label: t('sessions.end.stepSessionTokens', { user: userId }),
      detail: count(steps.sessionTokens, 'sessions.end.revoked', 'sessions.end.revokedUncounted'),
    });
  }
  if (steps.oauthTokens) {
    views.push({
      key: 'oauth-tokens',
      ...steps.oauthTokens,
      label: t('sessions.end.stepOAuthTokens', { user: userId }),
      detail: count(steps.oauthTokens, 'sessions.end.revoked', 'sessions.end.revokedUncounted'),
    });
  }
  return views;
}

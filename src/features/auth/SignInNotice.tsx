import { useLingui } from '@lingui/react';
import { useSelector } from '@tanstack/react-store';
import { signOutStore } from '@/api/signOutStatus';

export type SignInReason = 'expired' | 'signed-out';

/** Why the admin is here: the session expired, or they signed out (and whether authms revoked the tokens). */
export function SignInNotice({ reason }: { reason?: SignInReason }) {
  const { _: t } = useLingui();
  const step = useSelector(signOutStore, (state) => state.step);
  if (!reason) return null;
  const text =
    reason === 'expired'
      ? t('auth.expired')
      : step === 'revoking'
        ? t('auth.signOut.revoking')
        : step === 'revoked'
          ? t('auth.signOut.revoked')
          : step === 'not-told'
            ? t('auth.signOut.notTold')
            : t('auth.signedOut');
  return (
    <p className={step === 'not-told' && reason === 'signed-out' ? 'notice notice-warning' : 'notice'} role="status">
      {text}
    </p>
  );
}

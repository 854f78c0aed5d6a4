import { useLingui } from '@lingui/react';
import type { DeviceSession } from '@/api/schemas/devices';
import { useNow } from '@/components/useNow';
import { effectiveStatus } from '@/features/devices/table/sessionTime';

interface EndSessionButtonProps {
  session: DeviceSession;
  onEnd: (session: DeviceSession) => void;
  className?: string;
}

/** "End session", only while the session is pending: it goes the second the code runs out or the status changes. */
export function EndSessionButton({ session, onEnd, className = 'button button-small' }: EndSessionButtonProps) {
  const { _: t } = useLingui();
  const now = useNow(1000);
  if (!session.device_code || effectiveStatus(session, now) !== 'pending') return null;
  return (
    <button
      type="button"
      className={className}
      onClick={() => onEnd(session)}
      aria-label={session.user_code ? t('devices.end.buttonFor', { code: session.user_code }) : undefined}
    >
      {t('devices.end.button')}
    </button>
  );
}

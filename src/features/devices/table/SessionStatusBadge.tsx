import { useLingui } from '@lingui/react';
import type { DeviceSession } from '@/api/schemas/devices';
import { StatusBadge } from '@/components/StatusBadge';
import { useNow } from '@/components/useNow';
import { deviceStatusTone } from '@/features/devices/deviceStatus';
import { effectiveStatus } from './sessionTime';

/** The status as of now: a pending session turns to "expired" the second its code runs out, without a refresh. */
export function SessionStatusBadge({ session }: { session: Pick<DeviceSession, 'status' | 'expires_at'> }) {
  const { _: t } = useLingui();
  const now = useNow(1000);
  const status = effectiveStatus(session, now);
  if (!status) return <>—</>;
  return <StatusBadge tone={deviceStatusTone(status)}>{t({ id: `devices.status.${status}`, message: status })}</StatusBadge>;
}

import type { TrustedDevice } from '@/api/schemas/trustedDevices';
import type { TFunction } from '@/i18n/i18n';

/** What a trusted device is called: its name, else browser · OS, else its id. */
export function deviceName(device: TrustedDevice, t: TFunction): string {
  if (device.name) return device.name;
  const parts = [device.browser, device.os].filter(Boolean);
  if (parts.length > 0) return parts.join(' · ');
  return device.device_id ?? device.id ?? t('sessions.user.trusted.unnamed');
}

import { toRfc3339 } from '@/mocks/clock';
import { getMockDb } from './store';
import type { DeviceStatus, MockDevice } from './types';

/** A pending session whose code has expired reads as expired. */
export function deviceStatus(device: MockDevice, now: number): DeviceStatus {
  return device.status === 'pending' && device.expires_at <= now ? 'expired' : device.status;
}

/** `DeviceAuthorizationListItem` */
export interface DeviceBody {
  device_code: string;
  user_code: string;
  client_id: string;
  user_id?: string;
  scope: string;
  status: DeviceStatus;
  interval: number;
  poll_count: number;
  created_at: string;
  updated_at: string;
  expires_at: string;
}

export function toDeviceItem(device: MockDevice, now: number): DeviceBody {
  return {
    device_code: device.device_code,
    user_code: device.user_code,
    client_id: device.client_id,
    user_id: device.user_id,
    scope: device.scope,
    status: deviceStatus(device, now),
    interval: device.interval,
    poll_count: device.poll_count,
    created_at: toRfc3339(device.created_at),
    updated_at: toRfc3339(device.updated_at),
    expires_at: toRfc3339(device.expires_at),
  };
}

export interface DeviceFilter {
  status?: DeviceStatus;
  client_id?: string;
}

export function findDevices(tenantId: string, filter: DeviceFilter, now: number): MockDevice[] {
  return getMockDb().devices.filter(
    (d) =>
      d.tenant_id === tenantId &&
      (filter.client_id === undefined || d.client_id === filter.client_id) &&
      (filter.status === undefined || deviceStatus(d, now) === filter.status),
  );
}

export function findDevice(tenantId: string, deviceCode: string): MockDevice | undefined {
  return getMockDb().devices.find((d) => d.tenant_id === tenantId && d.device_code === deviceCode);
}

/**
 * Ends a pending device session: it is denied now (no user acted, so no user_id) and can no longer be approved;
 * the demo's moving sessions leave it alone, since they only move pending ones. Answers false when the session
 * is no longer pending (approved, denied or expired meanwhile) and so is left as it is.
 */
export function endDeviceSession(device: MockDevice, now: number): boolean {
  if (deviceStatus(device, now) !== 'pending') return false;
  device.status = 'denied';
  device.updated_at = now;
  return true;
}

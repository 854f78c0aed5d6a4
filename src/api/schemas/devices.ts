import * as z from 'zod/mini';
import { listEnvelope, optNumber, optString } from './common';

export const DEVICE_STATUSES = ['pending', 'authorized', 'denied', 'expired'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

/** `DeviceAuthorizationListItem` (RFC 8628 device-code session). */
export const deviceSessionSchema = z.object({
  device_code: optString,
  user_code: optString,
  client_id: optString,
  user_id: optString,
  scope: optString,
  status: optString,
  interval: optNumber,
  poll_count: optNumber,
  created_at: optString,
  updated_at: optString,
  expires_at: optString,
});
export type DeviceSession = z.infer<typeof deviceSessionSchema>;
export const deviceListSchema = listEnvelope(deviceSessionSchema);
export type DeviceList = z.infer<typeof deviceListSchema>;

export interface DeviceListParams {
  page?: number;
  page_size?: number;
  status?: DeviceStatus;
  client_id?: string;
}

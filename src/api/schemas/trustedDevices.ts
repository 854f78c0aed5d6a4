import * as z from 'zod/mini';
import { listEnvelope, looseString } from './common';

/*
 * ASSUMED SHAPES (contract, "Beyond the reference pages" → "Sessions"): a user's trusted devices, the ones that
 * skip MFA. Every field optional and lenient; unknown fields ignored.
 * - GET    {session}/admin/trusted-devices (page, page_size, user_id) → list of TrustedDevice
 * - DELETE {session}/admin/trusted-devices/{id} → 200 or 204: forgotten; the next sign-in from it asks for MFA again
 */
export const trustedDeviceSchema = z.object({
  id: looseString,
  user_id: looseString,
  device_id: looseString,
  name: looseString,
  browser: looseString,
  os: looseString,
  ip: looseString,
  trusted_at: looseString,
  last_seen_at: looseString,
  expires_at: looseString,
});
export type TrustedDevice = z.infer<typeof trustedDeviceSchema>;
export const trustedDeviceListSchema = listEnvelope(trustedDeviceSchema);
export type TrustedDeviceList = z.infer<typeof trustedDeviceListSchema>;

export interface TrustedDeviceListParams {
  page?: number;
  page_size?: number;
  user_id?: string;
}

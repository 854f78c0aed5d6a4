import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, segment } from './client';
import { queryKeys } from './queryKeys';
import { deviceListSchema, type DeviceList, type DeviceListParams } from './schemas/devices';

/** `GET {oauth}/admin/oauth/devices` */
export function listDevices(params: DeviceListParams, signal?: AbortSignal): Promise<DeviceList> {
  return apiRequest({ service: 'oauth', path: '/admin/oauth/devices', query: { ...params }, schema: deviceListSchema, signal });
}

/**
 * `DELETE {oauth}/admin/oauth/devices/{device_code}`: ends a device session, so a pending one can no longer be
 * approved. Body and answer undocumented: 200 or 204 is done, and the body is not read.
 */
export function endDeviceSession(deviceCode: string, signal?: AbortSignal): Promise<undefined> {
  return apiRequest({ service: 'oauth', method: 'DELETE', path: `/admin/oauth/devices/${segment(deviceCode)}`, signal });
}

export function deviceListQuery(params: DeviceListParams) {
  return queryOptions({
    queryKey: queryKeys.devices.list(params),
    queryFn: ({ signal }) => listDevices(params, signal),
    retryOnMount: false, // a route loader asked already: a failure shows with Retry, not a second request
    placeholderData: keepPreviousData,
  });
}

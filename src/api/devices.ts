import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import { queryKeys } from './queryKeys';
import { deviceListSchema, type DeviceList, type DeviceListParams } from './schemas/devices';

/** `GET {oauth}/admin/oauth/devices` */
export function listDevices(params: DeviceListParams, signal?: AbortSignal): Promise<DeviceList> {
  return apiRequest({ service: 'oauth', path: '/admin/oauth/devices', query: { ...params }, schema: deviceListSchema, signal });
}

export function deviceListQuery(params: DeviceListParams) {
  return queryOptions({
    queryKey: queryKeys.devices.list(params),
    queryFn: ({ signal }) => listDevices(params, signal),
    placeholderData: keepPreviousData,
  });
}

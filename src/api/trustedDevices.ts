import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, segment } from './client';
import { queryKeys } from './queryKeys';
import {
  trustedDeviceListSchema,
  type TrustedDeviceList,
  type TrustedDeviceListParams,
} from './schemas/trustedDevices';

/* Trusted devices (session service); bodies ASSUMED, see ./schemas/trustedDevices.ts. */

/** `GET {session}/admin/trusted-devices` */
export function listTrustedDevices(params: TrustedDeviceListParams, signal?: AbortSignal): Promise<TrustedDeviceList> {
  return apiRequest({
    service: 'session',
    path: '/admin/trusted-devices',
    query: { ...params },
    schema: trustedDeviceListSchema,
    signal,
  });
}

/** `DELETE {session}/admin/trusted-devices/{id}`: 200 or 204; the body is not read. */
export function forgetTrustedDevice(id: string, signal?: AbortSignal): Promise<undefined> {
  return apiRequest({ service: 'session', method: 'DELETE', path: `/admin/trusted-devices/${segment(id)}`, signal });
}

export function trustedDeviceListQuery(params: TrustedDeviceListParams) {
  return queryOptions({
    queryKey: queryKeys.trustedDevices.list(params),
    queryFn: ({ signal }) => listTrustedDevices(params, signal),
    retryOnMount: false,
    placeholderData: keepPreviousData,
  });
}

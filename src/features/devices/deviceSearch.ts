import type * as z from 'zod/mini';
import { DEVICE_STATUSES, type DeviceListParams, type DeviceStatus } from '@/api/schemas/devices';
import { listSearch } from '@/lib/listSearch';
import { enumParam, textParam } from '@/lib/searchParams';

/**
 * The device sessions page's URL state: filters, paging and the session whose details are open
 * (`session` = its device_code), so every view, the open panel included, survives a reload.
 */
const deviceList = listSearch(
  { status: enumParam(DEVICE_STATUSES), client_id: textParam },
  { session: textParam },
);
export const deviceSearchSchema = deviceList.schema;
export type DeviceSearch = z.infer<typeof deviceSearchSchema>;

/** The list request for the page: the filters as the contract names them, paging with its defaults. */
export const toDeviceListParams: (search: DeviceSearch) => DeviceListParams = deviceList.toParams;

/**
 * The cheapest request that answers "how many sessions have this status": one item per page, reading `total`.
 * It keeps the client filter, so the counts describe what the status control would show.
 */
export function toStatusCountParams(search: DeviceSearch, status: DeviceStatus): DeviceListParams {
  return { page: 1, page_size: 1, status, client_id: search.client_id };
}

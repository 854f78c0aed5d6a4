import { deviceListQuery } from '@/api/devices';
import { sessionListQuery } from '@/api/sessionList';
import { tokenCountQuery, tokenListQuery } from '@/api/tokens';
import { trustedDeviceListQuery } from '@/api/trustedDevices';
import { COUNT_FILTERS } from '@/lib/tokenCounts';

/** How many of a user's active sessions, tokens and trusted devices the view lists (the pages link to the rest). */
export const USER_SESSIONS_SHOWN = 20;
export const USER_TOKENS_SHOWN = 10;
export const TRUSTED_DEVICES_SHOWN = 100;
/**
 * The device list has no user filter in the contract: the view reads the tenant's most recent device logins, one
 * page of the largest size, and shows this user's among them (and says so).
 */
export const DEVICE_LOGINS_SCANNED = 100;

/** Every read of the user view, as the page and its route loader ask for them (each section loads alone). */
export const userQueries = {
  sessions: (userId: string) => sessionListQuery({ user_id: userId, status: 'active', page: 1, page_size: USER_SESSIONS_SHOWN }),
  tokens: (userId: string) => tokenListQuery({ user_id: userId, page: 1, page_size: USER_TOKENS_SHOWN }),
  tokenCounts: (userId: string) => COUNT_FILTERS.map((filter) => tokenCountQuery({ user_id: userId, ...filter })),
  deviceLogins: () => deviceListQuery({ page: 1, page_size: DEVICE_LOGINS_SCANNED }),
  trustedDevices: (userId: string) => trustedDeviceListQuery({ user_id: userId, page: 1, page_size: TRUSTED_DEVICES_SHOWN }),
};

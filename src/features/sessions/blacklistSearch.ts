import type * as z from 'zod/mini';
import type { BlacklistListParams } from '@/api/schemas/tokenBlacklist';
import { listSearch } from '@/lib/listSearch';

/** The token blacklist's URL state: its page and page size (the route has no filters). */
const blacklistList = listSearch({});
export const blacklistSearchSchema = blacklistList.schema;
export type BlacklistSearch = z.infer<typeof blacklistSearchSchema>;
export const toBlacklistListParams: (search: BlacklistSearch) => BlacklistListParams = blacklistList.toParams;

import { DAY, HOUR, MINUTE } from '@/mocks/clock';
import { getMockDb } from './store';
import type { MockTokenConfig } from './types';

/** A tenant's lifetimes until an admin changes them (what DELETE resets to). Seconds. */
export const DEFAULT_TOKEN_CONFIG: Readonly<MockTokenConfig> = {
  access_token_ttl: HOUR / 1000,
  refresh_token_ttl: (14 * DAY) / 1000,
  id_token_ttl: HOUR / 1000,
  session_idle_timeout: DAY / 1000,
  session_max_lifetime: (30 * DAY) / 1000,
  device_code_ttl: (10 * MINUTE) / 1000,
  refresh_token_rotation: true,
  refresh_token_reuse_window: 30,
  max_sessions_per_user: 10,
};

export function tokenConfigOf(tenantId: string): MockTokenConfig {
  return { ...(getMockDb().tokenConfigs?.[tenantId] ?? DEFAULT_TOKEN_CONFIG) };
}

export function setTokenConfig(tenantId: string, config: MockTokenConfig): void {
  const db = getMockDb();
  db.tokenConfigs = { ...db.tokenConfigs, [tenantId]: { ...config } };
}

export function resetTenantTokenConfig(tenantId: string): MockTokenConfig {
  const db = getMockDb();
  if (db.tokenConfigs) delete db.tokenConfigs[tenantId];
  return { ...DEFAULT_TOKEN_CONFIG };
}

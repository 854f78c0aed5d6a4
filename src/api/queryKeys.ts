import type { ClientListParams, ClientTokenListParams } from './schemas/clients';
import type { DeviceListParams } from './schemas/devices';
import type { SessionListParams } from './schemas/sessions';
import type { BlacklistListParams } from './schemas/tokenBlacklist';
import type { TokenListParams } from './schemas/tokens';
import type { TrustedDeviceListParams } from './schemas/trustedDevices';

/** Every query key of the app, hierarchical so that invalidation works by prefix. */
export const queryKeys = {
  tokens: {
    all: ['tokens'] as const,
    lists: () => [...queryKeys.tokens.all, 'list'] as const,
    list: (params: TokenListParams) => [...queryKeys.tokens.lists(), params] as const,
    /** Every token of one user, across all pages. */
    user: (userId: string) => [...queryKeys.tokens.all, 'user', userId] as const,
  },
  clients: {
    all: ['clients'] as const,
    lists: () => [...queryKeys.clients.all, 'list'] as const,
    list: (params: ClientListParams) => [...queryKeys.clients.lists(), params] as const,
    details: () => [...queryKeys.clients.all, 'detail'] as const,
    detail: (clientId: string) => [...queryKeys.clients.details(), clientId] as const,
    tokens: (clientId: string) => [...queryKeys.clients.detail(clientId), 'tokens'] as const,
    tokenList: (clientId: string, params: ClientTokenListParams) =>
      [...queryKeys.clients.tokens(clientId), params] as const,
    /** A client's secrets (last four and status only: a secret itself never enters the cache). */
    secrets: (clientId: string) => [...queryKeys.clients.detail(clientId), 'secrets'] as const,
  },
  devices: {
    all: ['devices'] as const,
    lists: () => [...queryKeys.devices.all, 'list'] as const,
    list: (params: DeviceListParams) => [...queryKeys.devices.lists(), params] as const,
  },
  sessions: {
    all: ['sessions'] as const,
    lists: () => [...queryKeys.sessions.all, 'list'] as const,
    list: (params: SessionListParams) => [...queryKeys.sessions.lists(), params] as const,
    activeCount: () => [...queryKeys.sessions.all, 'active-count'] as const,
    stats: () => [...queryKeys.sessions.all, 'stats'] as const,
    risk: (sessionId: string) => [...queryKeys.sessions.all, 'risk', sessionId] as const,
    fingerprint: (sessionId: string) => [...queryKeys.sessions.all, 'fingerprint', sessionId] as const,
  },
  trustedDevices: {
    all: ['trusted-devices'] as const,
    list: (params: TrustedDeviceListParams) => [...queryKeys.trustedDevices.all, 'list', params] as const,
  },
  blacklist: {
    all: ['token-blacklist'] as const,
    list: (params: BlacklistListParams) => [...queryKeys.blacklist.all, 'list', params] as const,
  },
};

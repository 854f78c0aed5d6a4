import type { AuditLogListParams } from './schemas/clientHistory';
import type { ClientListParams, ClientTokenListParams } from './schemas/clients';
import type { DeviceListParams } from './schemas/devices';
import type { SessionListParams } from './schemas/sessionList';
import type { BlacklistListParams } from './schemas/tokenBlacklist';
import type { TokenCountFilter, TokenListParams } from './schemas/tokens';
import type { TrustedDeviceListParams } from './schemas/trustedDevices';

/** Every query key of the app, hierarchical so that invalidation works by prefix. */
export const queryKeys = {
  tokens: {
    all: ['tokens'] as const,
    lists: () => [...queryKeys.tokens.all, 'list'] as const,
    list: (params: TokenListParams) => [...queryKeys.tokens.lists(), params] as const,
    /** How many tokens match a filter: the total of a one-item list (the user view's counts). */
    counts: () => [...queryKeys.tokens.all, 'count'] as const,
    count: (filter: TokenCountFilter) => [...queryKeys.tokens.counts(), filter] as const,
    /** The pages of 100 of one user's tokens that the user view's full list holds. */
    user: (userId: string) => [...queryKeys.tokens.all, 'user', userId] as const,
    userPage: (userId: string, page: number) => [...queryKeys.tokens.user(userId), page] as const,
    /** One token by id (the palette's "token by id"). */
    detail: (id: string) => [...queryKeys.tokens.all, 'detail', id] as const,
  },
  /** The tenant's token and session lifetimes. */
  tokenConfig: {
    all: ['token-config'] as const,
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
    /** A client's usage figures (assumed route); under its detail, so whatever refreshes the client refreshes them. */
    stats: (clientId: string) => [...queryKeys.clients.detail(clientId), 'stats'] as const,
    /** A client's change history (assumed route): every page of it, and one page. */
    history: (clientId: string) => [...queryKeys.clients.detail(clientId), 'history'] as const,
    historyPage: (clientId: string, params: AuditLogListParams) => [...queryKeys.clients.history(clientId), params] as const,
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

/**
 * Every mutation's key, hierarchical like the query keys: a page reads a mutation's state (`useIsMutating`,
 * `useMutationState`) by key, so the component that runs it (often a lazily loaded dialog) reports nothing upward.
 */
export const mutationKeys = {
  tokens: {
    all: ['tokens'] as const,
    /** Revoke one token; the variables are its id. */
    revoke: ['tokens', 'revoke'] as const,
    /** Revoke the selected tokens; the variables are the tokens. */
    bulkRevoke: ['tokens', 'bulkRevoke'] as const,
    /** Revoke every active token of one user; the variables are the user id. */
    revokeUser: ['tokens', 'revokeUser'] as const,
    /** Introspect a pasted token (a secret: the mutation is garbage-collected at once, see the inspector). */
    introspect: ['tokens', 'introspect'] as const,
  },
  tokenConfig: {
    all: ['token-config'] as const,
    save: ['token-config', 'save'] as const,
    reset: ['token-config', 'reset'] as const,
  },
  clients: {
    all: ['clients'] as const,
    create: ['clients', 'create'] as const,
    save: ['clients', 'save'] as const,
    /** Suspend or activate a client; the variables are the new status. */
    setStatus: ['clients', 'setStatus'] as const,
    delete: ['clients', 'delete'] as const,
    duplicate: ['clients', 'duplicate'] as const,
    rotateSecret: ['clients', 'rotateSecret'] as const,
    /** A second active secret (a rotation without downtime). */
    addSecret: ['clients', 'addSecret'] as const,
    deactivateSecret: ['clients', 'deactivateSecret'] as const,
    /** Revoke every active token of a client (its tokens page). */
    revokeTokens: ['clients', 'revokeTokens'] as const,
  },
  devices: {
    all: ['devices'] as const,
    /** End a device session; the variables are its device code. */
    end: ['devices', 'end'] as const,
  },
  sessions: {
    all: ['sessions'] as const,
    /** End the given sessions (bulk, in chunks of at most 100); the variables are the sessions. */
    end: ['sessions', 'end'] as const,
    /** End every session of one user, maybe revoking the user's tokens too; the variables name the user. */
    endUser: ['sessions', 'endUser'] as const,
    /** Remove the tenant's expired sessions. */
    purgeExpired: ['sessions', 'purgeExpired'] as const,
  },
  trustedDevices: {
    /** Forget one trusted device; the variables are the device. */
    forget: ['trusted-devices', 'forget'] as const,
  },
  blacklist: {
    /** Lift one blacklist entry; the variables are the entry. */
    lift: ['token-blacklist', 'lift'] as const,
  },
};

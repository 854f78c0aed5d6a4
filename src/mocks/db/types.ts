/** The records of the in-memory dataset. Times are epoch milliseconds; API shapes are built from these on read. */

export type ClientStatus = 'active' | 'suspended';
export type TokenKind = 'access' | 'refresh';
export type TokenStatus = 'active' | 'revoked' | 'expired';
export type DeviceStatus = 'pending' | 'authorized' | 'denied' | 'expired';

export interface MockClient {
  id: string;
  client_id: string;
  tenant_id: string;
  name: string;
  status: ClientStatus;
  is_confidential: boolean;
  /** The contract documents a string holding a JSON array, and allows an array: both forms are seeded. */
  client_auth_methods: string | string[];
  grant_types: string[];
  scopes: string[];
  redirect_uris: string[];
  cors_origins: string[];
  jwks_uri?: string;
  /** JWK Set as JSON text, when set through PUT (`jwks`); not part of the response. */
  jwks?: string;
  fapi_profile?: string;
  logo_url?: string;
  website?: string;
  terms_url?: string;
  privacy_policy?: string;
  secret_last_four?: string;
  created_at: number;
  updated_at: number;
  deleted_at?: number;
}

export interface MockToken {
  id: string;
  tenant_id: string;
  client_id: string;
  /** Absent for client_credentials tokens (no user): those are OAuth-only and not in the session token list. */
  user_id?: string;
  token_type: TokenKind;
  scope: string;
  ip?: string;
  user_agent?: string;
  created_at: number;
  expires_at: number;
  revoked_at?: number;
  /** Set by a client-wide revoke with a grace period: the token keeps working until then, but is revoked. */
  grace_until?: number;
}

export interface MockDevice {
  device_code: string;
  user_code: string;
  tenant_id: string;
  client_id: string;
  user_id?: string;
  scope: string;
  /** Stored status; a pending session past expires_at reads as expired. */
  status: DeviceStatus;
  interval: number;
  poll_count: number;
  created_at: number;
  updated_at: number;
  expires_at: number;
}

export type ClientSecretStatus = 'active' | 'inactive';

/** One of a client's secrets. Only its last four characters are kept: the secret itself is answered once, never stored. */
export interface MockClientSecret {
  id: string;
  tenant_id: string;
  client_id: string;
  last_four: string;
  status: ClientSecretStatus;
  created_at: number;
  deactivated_at?: number;
  /** When it last authenticated the client. */
  last_used_at?: number;
}

export interface MockLocation {
  country: string;
  region?: string;
  city: string;
}

export interface MockRiskFactor {
  code: string;
  description: string;
  weight: number;
}

/** One sign-in of a user on one device. Status is derived on read: revoked, then expired, else active. */
export interface MockSession {
  id: string;
  tenant_id: string;
  user_id: string;
  client_id: string;
  ip: string;
  user_agent: string;
  device_id: string;
  location: MockLocation;
  mfa: boolean;
  risk_score: number;
  risk_factors: MockRiskFactor[];
  created_at: number;
  last_active_at: number;
  expires_at: number;
  revoked_at?: number;
}

/** A device on which a user skips MFA, until it is forgotten or it expires. */
export interface MockTrustedDevice {
  id: string;
  tenant_id: string;
  user_id: string;
  device_id: string;
  name: string;
  browser: string;
  os: string;
  ip: string;
  trusted_at: number;
  last_seen_at: number;
  expires_at: number;
}

/** A token refused before its expiry. */
export interface MockBlacklistEntry {
  id: string;
  tenant_id: string;
  jti: string;
  token_id: string;
  user_id?: string;
  reason: string;
  blacklisted_at: number;
  expires_at: number;
}

/** A tenant's token and session lifetimes (`TokenConfig`): seconds, a switch and a count. */
export interface MockTokenConfig {
  access_token_ttl: number;
  refresh_token_ttl: number;
  id_token_ttl: number;
  session_idle_timeout: number;
  session_max_lifetime: number;
  device_code_ttl: number;
  refresh_token_rotation: boolean;
  refresh_token_reuse_window: number;
  max_sessions_per_user: number;
}

/** One changed field of an audit entry; a secret appears only by its last four characters. */
export interface MockAuditChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** One entry of a client's audit log: who changed what, when, through which request. */
export interface MockAuditEntry {
  id: string;
  tenant_id: string;
  client_id: string;
  action: string;
  actor_id: string;
  actor_type: string;
  ip: string;
  user_agent: string;
  request_id: string;
  created_at: number;
  changes: MockAuditChange[];
}

export interface MockDb {
  /** The instant the data was laid out from (the clock's now at reset, whole seconds). */
  seededAt: number;
  clients: MockClient[];
  tokens: MockToken[];
  devices: MockDevice[];
  /** Client secrets, laid out for seeded clients on first read (see ./clients). */
  clientSecrets?: MockClientSecret[];
  /** Sessions; some are created in the near future and appear when the clock reaches them. */
  sessions: MockSession[];
  trustedDevices: MockTrustedDevice[];
  blacklist: MockBlacklistEntry[];
  /** Token lifetimes by tenant, set by PUT .../tokens/config; a tenant without one has the defaults. */
  tokenConfigs?: Record<string, MockTokenConfig>;
  /** Every client's audit log: laid out for the seeded clients on first use, then written by each change (see ./audit). */
  auditLogs?: MockAuditEntry[];
  /** Counter for request ids and trace ids of answers, reset with the data. */
  requestSeq: number;
}

/**
 * The rules of an OAuth client's configuration, as pure checks. Each returns the i18n key (namespace `clients`)
 * of what is wrong, or undefined. The zod schema (./clientFormSchema) applies them to the form's values.
 */

export const MAX_NAME_LENGTH = 100;

/** Loopback hosts that may use plain http for native apps (RFC 8252 §7.3); any port. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Grants that never issue a refresh token themselves, so they cannot justify `refresh_token`. */
const NON_REFRESH_ISSUING = new Set(['refresh_token', 'client_credentials', 'implicit']);

/** Grants of user-facing flows that can return an ID token: with them, `openid` is usually wanted. */
export const OIDC_GRANTS = new Set([
  'authorization_code',
  'implicit',
  'urn:ietf:params:oauth:grant-type:device_code',
  'urn:openid:params:grant-type:ciba',
]);

/** Auth methods that FAPI 1.0 Advanced / FAPI 2.0 accept (as the console enforces them). */
export const FAPI_AUTH_METHODS = new Set(['private_key_jwt', 'tls_client_auth']);
export const FAPI_PROFILES_ENFORCED = new Set(['fapi1', 'fapi2']);

/** JWK members that only a private (or symmetric) key has (RFC 7518 §6.2.2, §6.3.2, §6.4.1). */
export const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

const hasWhitespace = (value: string) => /\s/.test(value);

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

export function nameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'clients.form.errors.nameRequired';
  if (trimmed.length > MAX_NAME_LENGTH) return 'clients.form.errors.nameTooLong';
  return undefined;
}

/** An optional absolute http(s) URL (logo, website, terms, privacy); `httpsOnly` for jwks_uri. Empty is fine. */
export function urlProblem(value: string, options: { httpsOnly?: boolean } = {}): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const url = hasWhitespace(trimmed) ? undefined : parseUrl(trimmed);
  if (!url) return 'clients.form.errors.urlAbsolute';
  if (options.httpsOnly) return url.protocol === 'https:' ? undefined : 'clients.form.errors.urlHttps';
  return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : 'clients.form.errors.urlHttp';
}

/**
 * Every rule one redirect URI breaks (so the admin fixes them all at once): absolute, no fragment, https; plain
 * http only for loopback hosts, and private-use schemes (a reverse domain name such as `com.example.app:/cb`) for
 * native apps (RFC 8252). A value that is empty, has spaces or is not absolute gets that one message alone.
 */
export function redirectUriProblems(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed === '') return ['clients.form.errors.itemEmpty'];
  if (hasWhitespace(trimmed)) return ['clients.form.errors.redirectUriSpaces'];
  const url = parseUrl(trimmed);
  if (!url) return ['clients.form.errors.redirectUriAbsolute'];
  const problems: string[] = [];
  if (trimmed.includes('#')) problems.push('clients.form.errors.redirectUriFragment');
  const scheme = url.protocol.slice(0, -1);
  if (scheme === 'http') {
    if (!LOOPBACK_HOSTS.has(url.hostname)) problems.push('clients.form.errors.redirectUriHttps');
  } else if (scheme !== 'https') {
    // `example.com:8080/cb` parses with the "scheme" example.com: it is a host without a scheme, not a native app.
    const privateUse = scheme.includes('.') && !/^\d/.test(trimmed.slice(url.protocol.length));
    if (!privateUse) problems.push('clients.form.errors.redirectUriScheme');
  }
  return problems;
}

export function scopeProblem(scope: string): string | undefined {
  const trimmed = scope.trim();
  if (trimmed === '') return 'clients.form.errors.itemEmpty';
  if (hasWhitespace(trimmed)) return 'clients.form.errors.scopeSpaces';
  return undefined;
}

/** Indexes of the entries that repeat an earlier one (compared trimmed). */
export function duplicateIndexes(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  values.forEach((value, index) => {
    const key = value.trim();
    if (key === '') return;
    if (seen.has(key)) duplicates.push(index);
    seen.add(key);
  });
  return duplicates;
}

export function grantTypesProblems(grantTypes: readonly string[], isConfidential: boolean): string[] {
  const problems: string[] = [];
  if (grantTypes.includes('refresh_token') && !grantTypes.some((g) => !NON_REFRESH_ISSUING.has(g))) {
    problems.push('clients.form.errors.refreshNeedsIssuer');
  }
  if (grantTypes.includes('client_credentials') && !isConfidential) {
    problems.push('clients.form.errors.clientCredentialsConfidential');
  }
  return problems;
}

export function authMethodsProblem(methods: readonly string[], isConfidential: boolean): string | undefined {
  if (!isConfidential) {
    return methods.length === 1 && methods[0] === 'none' ? undefined : 'clients.form.errors.publicOnlyNone';
  }
  if (methods.includes('none')) return 'clients.form.errors.confidentialNoNone';
  if (methods.length === 0) return 'clients.form.errors.authMethodRequired';
  return undefined;
}

/** A JWK Set as JSON text: `{"keys": [ {kty, ...}, ... ]}`, public keys only. Empty is fine. */
export function jwksProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (looksLikePemPrivateKey(trimmed)) return 'clients.form.errors.jwksPrivate';
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return 'clients.form.errors.jwksJson';
  }
  if (containsPrivateKey(parsed)) return 'clients.form.errors.jwksPrivate';
  const keys = isObject(parsed) ? parsed.keys : undefined;
  if (!Array.isArray(keys) || keys.length === 0) return 'clients.form.errors.jwksKeys';
  if (!keys.every((key) => isObject(key) && typeof key.kty === 'string' && key.kty !== '')) {
    return 'clients.form.errors.jwksKty';
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the text pastes a private key: a JWK Set, a single JWK, or a PEM private key. */
function containsPrivateKey(parsed: unknown): boolean {
  const isPrivateJwk = (key: unknown) => isObject(key) && PRIVATE_JWK_MEMBERS.some((member) => member in key);
  if (isPrivateJwk(parsed)) return true;
  return isObject(parsed) && Array.isArray(parsed.keys) && parsed.keys.some(isPrivateJwk);
}

/** A PEM private key pasted where JSON is expected is refused as a private key, not merely as bad JSON. */
function looksLikePemPrivateKey(text: string): boolean {
  return /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text);
}

export function fapiProblem(
  profile: string,
  isConfidential: boolean,
  methods: readonly string[],
): string | undefined {
  if (!FAPI_PROFILES_ENFORCED.has(profile)) return undefined;
  if (!isConfidential || methods.length === 0 || !methods.every((m) => FAPI_AUTH_METHODS.has(m))) {
    return 'clients.form.errors.fapiRequirements';
  }
  return undefined;
}

/** Advice that does not block saving: `openid` when a flow that can return an ID token is on. */
export function openidSuggested(grantTypes: readonly string[], scopes: readonly string[]): boolean {
  return grantTypes.some((g) => OIDC_GRANTS.has(g)) && !scopes.some((s) => s.trim() === 'openid');
}

/** A client_id the admin chooses when creating a client: 3 to 64 letters, digits, `.`, `_`, `-`. Empty lets the server choose. */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

export function clientIdProblem(clientId: string): string | undefined {
  const trimmed = clientId.trim();
  if (trimmed === '') return undefined;
  return CLIENT_ID_PATTERN.test(trimmed) ? undefined : 'clients.form.errors.clientIdFormat';
}

/**
 * The tenant named in a JWT access token's claims, read without verifying (the server verifies; this is only a
 * label for the shell). Opaque tokens have none.
 */
export function tenantFromToken(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as Record<string, unknown>;
    const tenant = claims.tenant_name ?? claims.tenant_id ?? claims.tid ?? claims.tenant;
    return typeof tenant === 'string' ? tenant : undefined;
  } catch {
    return undefined;
  }
}

import { setCredentials } from '@/api/credentials';

/** Demo mode only: signs in as the mock tenant's admin. The mock is loaded on demand, so other builds never hold it. */
export async function startDemoSession(): Promise<void> {
  const { DEMO_ADMIN_TOKEN, DEMO_TENANT_NAME } = await import('@/mocks/identities');
  setCredentials({ token: DEMO_ADMIN_TOKEN, baseUrl: '', demo: true, tenant: DEMO_TENANT_NAME });
}

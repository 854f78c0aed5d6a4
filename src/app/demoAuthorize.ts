/**
 * Demo mode only. A service worker never sees page navigations, so the mock's sign-in page cannot be shown: the
 * authorization request is approved in the page, as the demo tenant's administrator, and the console goes to its own
 * /auth/callback with the answer, as the browser would. The mock is loaded on demand (other builds never hold it).
 */
export async function demoAuthorize(url: URL): Promise<string> {
  const { approveInDemo } = await import('@/mocks/oauth/demo');
  const back = new URL(approveInDemo(url.href));
  return `/auth/callback${back.search}`;
}

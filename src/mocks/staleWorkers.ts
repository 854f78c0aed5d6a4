/**
 * The demo's mock service worker registered on this origin at another address whose script is gone (a demo served
 * earlier under another base path, a build since removed). The browser checks a registered worker for updates as
 * pages of its scope load, and logs "Failed to update a ServiceWorker … mockServiceWorker.js: Not found" for each
 * one whose script answers 404. This removes those registrations; a worker whose script is still served (another
 * copy of the demo under its own path) is left alone.
 */
export async function removeStaleMockWorkers(ownScriptUrl: string, container: ServiceWorkerContainer | undefined): Promise<number> {
  if (!container) return 0;
  let removed = 0;
  for (const registration of await container.getRegistrations()) {
    const script = (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL;
    if (!script || script === ownScriptUrl || !script.endsWith('/mockServiceWorker.js')) continue;
    const found = await fetch(script, { method: 'HEAD', cache: 'no-store' }).then(
      (response) => response.status !== 404,
      () => true, // unreachable now: not known to be gone
    );
    if (!found && (await registration.unregister())) removed += 1;
  }
  return removed;
}

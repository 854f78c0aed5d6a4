/**
 * Where the console is served from (its base path, e.g. `/console/`).
 *
 * A build with an absolute base (`BASE_PATH=/console/`, or `/` by default) knows it at build time. The demo build
 * is base-relative (`./`), so one build works under any path: a script at the top of index.html works the base
 * out from the address (see vite.config.ts) and sets `<base href>`, and the app reads it back from
 * `document.baseURI`. Node-safe: no `import.meta.env` here (vite.config.ts imports this file).
 */

/** The first path segment of every top-level page of the console (kept in step with the route tree by a test). */
export const ROUTE_ROOTS = ['sign-in', 'auth', 'tokens', 'clients', 'devices', 'sessions', 'users', 'tools', 'settings', 'forbidden'] as const;

/**
 * The base path of an address: everything before the first segment that names a page of the console
 * (`/console/clients/abc` -> `/console/`), else the address's directory (`/console/` or `/console/index.html`
 * -> `/console/`). Self-contained (no outside references): vite.config.ts inlines its source into index.html.
 */
export function detectBasePath(pathname: string, routeRoots: readonly string[]): string {
  const parts = pathname.split('/');
  for (let i = 1; i < parts.length; i += 1) {
    if (routeRoots.indexOf(parts[i] as string) !== -1) return parts.slice(0, i).join('/') + '/';
  }
  return pathname.slice(0, pathname.lastIndexOf('/') + 1) || '/';
}

/**
 * The app's base path, always with a trailing slash: the build's base when it is absolute, else the path of the
 * document's base URL (set by the index.html script of a base-relative build).
 */
export function appBasePath(buildBase: string, documentBaseUri: () => string): string {
  if (buildBase.startsWith('/')) return buildBase.endsWith('/') ? buildBase : `${buildBase}/`;
  const path = new URL(documentBaseUri()).pathname;
  return path.slice(0, path.lastIndexOf('/') + 1) || '/';
}

/** The router's `basepath`: the base path without its trailing slash, `/` for the root. */
export function routerBasepath(basePath: string): string {
  return basePath.replace(/\/+$/, '') || '/';
}

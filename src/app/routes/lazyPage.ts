import { lazyRouteComponent } from '@tanstack/react-router';

/**
 * A route's page, loaded on demand, its chunk asked for after the route loader's requests: the router starts a
 * route's chunk and then calls its loader a microtask later; this asks for the chunk a microtask later still. So
 * the API requests (what takes a server longest) leave first, and a busy machine that pauses the page's thread in
 * between cannot hold them behind a chunk that has meanwhile arrived. The chunk still loads alongside them.
 */
export function lazyPage<T extends Record<string, unknown>, TKey extends keyof T & string>(
  importer: () => Promise<T>,
  exportName: TKey,
) {
  return lazyRouteComponent(() => Promise.resolve().then(importer), exportName);
}

import { createMemoryHistory } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { createAppRouter } from '@/app/router';
import { createQueryClient } from '@/app/queryClient';
import { appBasePath, detectBasePath, ROUTE_ROOTS, routerBasepath } from '@/lib/basePath';

describe('detectBasePath', () => {
  it.each([
    ['/', '/'],
    ['/index.html', '/'],
    ['/tokens', '/'],
    ['/clients/acme-hr-portal/edit', '/'],
    ['/console/', '/console/'],
    ['/console/index.html', '/console/'],
    ['/console/sign-in', '/console/'],
    ['/console/clients/acme-hr-portal/tokens', '/console/'],
    ['/a/b/console/devices', '/a/b/console/'],
    ['/console/no-such-page', '/console/'],
    // a segment that merely contains a page's name is not one
    ['/tokens-demo/tokens', '/tokens-demo/'],
  ])('%s -> %s', (pathname, base) => {
    expect(detectBasePath(pathname, ROUTE_ROOTS)).toBe(base);
  });

  it('still works from its own source text, as index.html runs it', () => {
    const inlined = new Function(`return (${detectBasePath.toString()})`)() as typeof detectBasePath;
    expect(inlined('/console/clients/x', ROUTE_ROOTS)).toBe('/console/');
  });
});

describe('appBasePath', () => {
  it('takes an absolute build base as it is', () => {
    expect(appBasePath('/', () => 'http://h/x/y')).toBe('/');
    expect(appBasePath('/console/', () => 'http://h/x/y')).toBe('/console/');
    expect(appBasePath('/console', () => 'http://h/x/y')).toBe('/console/');
  });

  it("reads a relative build's base from the document's base URL", () => {
    expect(appBasePath('./', () => 'http://h/console/')).toBe('/console/');
    expect(appBasePath('./', () => 'http://h/')).toBe('/');
  });
});

describe('routerBasepath', () => {
  it('drops the trailing slash but keeps the root', () => {
    expect(routerBasepath('/')).toBe('/');
    expect(routerBasepath('/console/')).toBe('/console');
  });
});

describe('ROUTE_ROOTS', () => {
  it('names the first segment of every page of the route tree', () => {
    const router = createAppRouter(
      { queryClient: createQueryClient({ onUnauthorized: () => {}, onForbidden: () => {} }), signOut: () => {} },
      createMemoryHistory(),
    );
    const roots = new Set(
      Object.keys(router.routesByPath)
        .map((path) => path.split('/')[1] ?? '')
        .filter((segment) => segment !== ''),
    );
    expect([...roots].sort()).toEqual([...ROUTE_ROOTS].sort());
  });
});

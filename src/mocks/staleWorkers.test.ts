import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeStaleMockWorkers } from './staleWorkers';

const OWN = 'http://localhost:5173/mockServiceWorker.js';

function registration(scriptURL: string) {
  return { active: { scriptURL }, waiting: null, installing: null, unregister: vi.fn(async () => true) };
}

function container(registrations: ReturnType<typeof registration>[]) {
  return { getRegistrations: async () => registrations } as unknown as ServiceWorkerContainer;
}

describe('removeStaleMockWorkers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('unregisters a mock worker of another base whose script is gone, and keeps ours, a served one and others', async () => {
    const gone = registration('http://localhost:5173/clients/mockServiceWorker.js');
    const served = registration('http://localhost:5173/staging/mockServiceWorker.js');
    const own = registration(OWN);
    const other = registration('http://localhost:5173/sw.js');
    const fetchMock = vi.fn(async (url: string) => new Response(null, { status: url.includes('/clients/') ? 404 : 200 }));
    vi.stubGlobal('fetch', fetchMock);

    expect(await removeStaleMockWorkers(OWN, container([gone, served, own, other]))).toBe(1);
    expect(gone.unregister).toHaveBeenCalledOnce();
    expect(served.unregister).not.toHaveBeenCalled();
    expect(own.unregister).not.toHaveBeenCalled();
    expect(other.unregister).not.toHaveBeenCalled();
    // only the other mock workers' scripts were asked for
    expect(fetchMock.mock.calls.map(([url]) => url).sort()).toEqual([
      'http://localhost:5173/clients/mockServiceWorker.js',
      'http://localhost:5173/staging/mockServiceWorker.js',
    ]);
  });

  it('keeps a registration whose script cannot be reached now, and does nothing without service workers', async () => {
    const unreachable = registration('http://localhost:5173/old/mockServiceWorker.js');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await removeStaleMockWorkers(OWN, container([unreachable]))).toBe(0);
    expect(unreachable.unregister).not.toHaveBeenCalled();
    expect(await removeStaleMockWorkers(OWN, undefined)).toBe(0);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_FAULTS } from './settings';
import { DEMO_FAULTS_KEY, faultStore, startFaultStore } from './store';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

afterEach(() => faultStore.clear());

describe('the fault store', () => {
  it('tells subscribers the new settings on every change, until they unsubscribe', () => {
    const listener = vi.fn();
    const subscription = faultStore.subscribe(listener);
    faultStore.update({ latency: 'slow' });
    expect(listener).toHaveBeenLastCalledWith({ ...NO_FAULTS, latency: 'slow' });
    faultStore.arm({ kind: 'forbidden', target: 'read', remaining: 1 });
    expect(listener).toHaveBeenLastCalledWith({ ...NO_FAULTS, latency: 'slow', armed: { kind: 'forbidden', target: 'read', remaining: 1 } });
    subscription.unsubscribe();
    faultStore.disarm();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(faultStore.get()).toEqual({ ...NO_FAULTS, latency: 'slow' });
  });

  it('in demo mode starts from the tab storage and keeps every change there', () => {
    const storage = memoryStorage({ [DEMO_FAULTS_KEY]: JSON.stringify({ ...NO_FAULTS, readErrorRate: 25 }) });
    startFaultStore(storage);
    expect(faultStore.get()).toEqual({ ...NO_FAULTS, readErrorRate: 25 });
    faultStore.expireSession();
    expect(JSON.parse(storage.items.get(DEMO_FAULTS_KEY) ?? '{}')).toMatchObject({ readErrorRate: 25, armed: { kind: 'unauthorized' } });
  });
});

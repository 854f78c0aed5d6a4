import { useCallback, useSyncExternalStore } from 'react';

/** One shared clock for all live times on screen, ticking every `intervalMs` while anything listens. */
const listeners = new Map<number, Set<() => void>>();
const timers = new Map<number, ReturnType<typeof setInterval>>();
const snapshots = new Map<number, number>();

function subscribe(intervalMs: number, listener: () => void): () => void {
  let set = listeners.get(intervalMs);
  if (!set) {
    set = new Set();
    listeners.set(intervalMs, set);
    snapshots.set(intervalMs, Date.now());
    timers.set(
      intervalMs,
      setInterval(() => {
        snapshots.set(intervalMs, Date.now());
        listeners.get(intervalMs)?.forEach((l) => l());
      }, intervalMs),
    );
  }
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) {
      clearInterval(timers.get(intervalMs));
      timers.delete(intervalMs);
      listeners.delete(intervalMs);
      snapshots.delete(intervalMs);
    }
  };
}

/** Cached, so that reading twice before anything subscribed gives the same instant (else React re-renders forever). */
function getSnapshot(intervalMs: number): number {
  let value = snapshots.get(intervalMs);
  if (value === undefined) {
    value = Date.now();
    snapshots.set(intervalMs, value);
  }
  return value;
}

export function useNow(intervalMs = 30_000): number {
  // A stable subscribe: a new function each render would make React unsubscribe and subscribe again every render.
  const subscribeToClock = useCallback((listener: () => void) => subscribe(intervalMs, listener), [intervalMs]);
  return useSyncExternalStore(subscribeToClock, () => getSnapshot(intervalMs));
}

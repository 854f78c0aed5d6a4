import type { StorageLike } from '@/mocks/persistence';
import { NO_FAULTS, parseFaultSettings, SESSION_EXPIRY, type ArmedFault, type FaultSettings } from './settings';

export const DEMO_FAULTS_KEY = 'authms.demo.faults';

let settings: FaultSettings = NO_FAULTS;
let storage: StorageLike | undefined;
const listeners = new Set<() => void>();

function commit(next: FaultSettings): void {
  settings = next;
  try {
    storage?.setItem(DEMO_FAULTS_KEY, JSON.stringify(next));
  } catch {
    // unavailable storage: the faults still apply until the next reload
  }
  listeners.forEach((listener) => listener());
}

/**
 * The faults the mock applies now (demo mode: the fault panel sets them). Off until demo mode starts the store,
 * so unit tests and the e2e HTTP server never see a fault unless a test sets one.
 */
export const faultStore = {
  get(): FaultSettings {
    return settings;
  },
  set(next: FaultSettings): void {
    commit(parseFaultSettings(next));
  },
  update(patch: Partial<FaultSettings>): void {
    commit(parseFaultSettings({ ...settings, ...patch }));
  },
  /** "The next `remaining` matching requests fail with …". */
  arm(fault: ArmedFault): void {
    commit(parseFaultSettings({ ...settings, armed: fault }));
  },
  disarm(): void {
    const { armed: _gone, ...rest } = settings;
    commit(rest);
  },
  /** "Expire my session": the next request answers 401, token expired. */
  expireSession(): void {
    commit({ ...settings, armed: SESSION_EXPIRY });
  },
  clear(): void {
    commit(NO_FAULTS);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Demo mode: faults are kept in the tab's storage, so a reload keeps them. */
export function startFaultStore(tabStorage: StorageLike): void {
  storage = tabStorage;
  let saved: unknown;
  try {
    const text = tabStorage.getItem(DEMO_FAULTS_KEY);
    saved = text ? JSON.parse(text) : undefined;
  } catch {
    saved = undefined;
  }
  settings = parseFaultSettings(saved);
  listeners.forEach((listener) => listener());
}

declare global {
  interface AuthmsMockHandles {
    /** The demo's faults (what the fault panel sets): `get()`, `set(settings)`, `arm(fault)`, `clear()`. */
    faults: typeof faultStore;
  }
}

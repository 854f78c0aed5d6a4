import { Store } from '@tanstack/store';
import type { StorageLike } from '@/mocks/persistence';
import { NO_FAULTS, parseFaultSettings, SESSION_EXPIRY, type ArmedFault, type FaultSettings } from './settings';

export const DEMO_FAULTS_KEY = 'authms.demo.faults';

const settings = new Store<FaultSettings>(NO_FAULTS);
const commit = (next: FaultSettings) => settings.setState(() => next);

/**
 * The faults the mock applies now (demo mode: the fault panel sets them). Off until demo mode starts the store,
 * so unit tests and the e2e HTTP server never see a fault unless a test sets one.
 */
export const faultStore = {
  get(): FaultSettings {
    return settings.state;
  },
  set(next: FaultSettings): void {
    commit(parseFaultSettings(next));
  },
  update(patch: Partial<FaultSettings>): void {
    commit(parseFaultSettings({ ...settings.state, ...patch }));
  },
  /** "The next `remaining` matching requests fail with …". */
  arm(fault: ArmedFault): void {
    commit(parseFaultSettings({ ...settings.state, armed: fault }));
  },
  disarm(): void {
    const { armed: _gone, ...rest } = settings.state;
    commit(rest);
  },
  /** "Expire my session": the next request answers 401, token expired. */
  expireSession(): void {
    commit({ ...settings.state, armed: SESSION_EXPIRY });
  },
  clear(): void {
    commit(NO_FAULTS);
  },
  /** Calls `listener` with the new settings after every change. */
  subscribe: settings.subscribe,
};

/** Demo mode: faults are kept in the tab's storage, so a reload keeps them. */
export function startFaultStore(tabStorage: StorageLike): void {
  let saved: unknown;
  try {
    const text = tabStorage.getItem(DEMO_FAULTS_KEY);
    saved = text ? JSON.parse(text) : undefined;
  } catch {
    saved = undefined;
  }
  commit(parseFaultSettings(saved));
  settings.subscribe((next) => {
    try {
      tabStorage.setItem(DEMO_FAULTS_KEY, JSON.stringify(next));
    } catch {
      // unavailable storage: the faults still apply until the next reload
    }
  });
}

declare global {
  interface AuthmsMockHandles {
    /** The demo's faults (what the fault panel sets): `get()`, `set(settings)`, `arm(fault)`, `clear()`. */
    faults: typeof faultStore;
  }
}

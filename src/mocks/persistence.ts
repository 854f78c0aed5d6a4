import { getMockDb, MOCK_SEED, resetMockDb } from './db';
import { restoreSimulatedUntil, simulatedUntil } from './db/deviceSimulation';
import type { MockDb } from './db/types';

/**
 * Demo mode keeps its dataset across reloads: after each answer of the mock the whole dataset is saved as one
 * JSON snapshot, and the next start of the mock restores it, until "Reset demo data".
 *
 * Where: the tab's sessionStorage. Each tab is its own demo world, like its own sign-in (the admin's credentials
 * live in the same tab's sessionStorage): a reload keeps it, two tabs cannot overwrite each other's changes, and
 * closing the tab throws it away. The snapshot is the mock's data only: it never holds the admin's token.
 */
export const DEMO_DB_KEY = 'authms.demo.db';
/** Bump when the snapshot's own layout changes. Changes of the dataset's shape are caught by the stamp. */
const FORMAT = 1;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface Snapshot {
  format: number;
  stamp: string;
  /** How far the moving device sessions had been simulated (see db/deviceSimulation). */
  simulatedUntil?: number;
  db: MockDb;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A stamp of the seed and the shape of its records (the names of every field seeded in each collection), so a
 * snapshot saved by an older demo build whose data looked different is dropped rather than fed to new handlers.
 */
export function seedStamp(seeded: MockDb): string {
  const shape = Object.entries(seeded)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => {
      if (!Array.isArray(value)) return `${key}:${typeof value}`;
      const fields = new Set<string>();
      for (const record of value as object[]) for (const field of Object.keys(record)) fields.add(field);
      return `${key}:[${[...fields].sort().join(',')}]`;
    })
    .join(';');
  return `${FORMAT}:${MOCK_SEED}:${fnv1a(shape)}`;
}

export function encodeSnapshot(db: MockDb, stamp: string, simulated?: number): string {
  const snapshot: Snapshot = { format: FORMAT, stamp, simulatedUntil: simulated, db };
  return JSON.stringify(snapshot);
}

const isRecordList = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));

const isRecordMap = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));

function looksLikeDb(value: unknown): value is MockDb {
  if (typeof value !== 'object' || value === null) return false;
  const db = value as Record<string, unknown>;
  return (
    typeof db.seededAt === 'number' &&
    typeof db.requestSeq === 'number' &&
    isRecordList(db.clients) &&
    isRecordList(db.tokens) &&
    isRecordList(db.devices) &&
    isRecordList(db.sessions) &&
    isRecordList(db.trustedDevices) &&
    isRecordList(db.blacklist) &&
    (db.clientSecrets === undefined || isRecordList(db.clientSecrets)) &&
    (db.tokenConfigs === undefined || isRecordMap(db.tokenConfigs)) &&
    (db.auditLogs === undefined || isRecordList(db.auditLogs))
  );
}

/** The saved dataset when `text` is a snapshot of this demo (same stamp) and well formed; otherwise undefined. */
export function decodeSnapshot(text: string | null, stamp: string): { db: MockDb; simulatedUntil?: number } | undefined {
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const snapshot = parsed as Partial<Snapshot>;
  if (snapshot.format !== FORMAT || snapshot.stamp !== stamp || !looksLikeDb(snapshot.db)) return undefined;
  const simulated = typeof snapshot.simulatedUntil === 'number' ? snapshot.simulatedUntil : undefined;
  return { db: snapshot.db, simulatedUntil: simulated };
}

/**
 * Puts a saved dataset into the live one, in place (the handlers and the device simulation know the live object).
 * A collection the saved one lacks keeps its seeded value.
 */
export function restoreInto(target: MockDb, saved: MockDb): void {
  Object.assign(target, saved);
}

export interface DbPersistence {
  /** Restores the saved dataset, if there is one of this demo; answers whether it did. */
  load(): boolean;
  /** Saves the dataset when it changed since the last save or load. */
  save(): void;
  /** Forgets the saved dataset. */
  clear(): void;
}

/** Snapshots of the live dataset in `storage`. Create it before the dataset changes: it stamps the fresh seed. */
export function createDbPersistence(storage: StorageLike, getDb: () => MockDb = getMockDb): DbPersistence {
  const stamp = seedStamp(getDb());
  let last: string | undefined;
  let warned = false;
  return {
    load() {
      let text: string | null;
      try {
        text = storage.getItem(DEMO_DB_KEY);
      } catch {
        return false;
      }
      const saved = decodeSnapshot(text, stamp);
      if (!saved || text === null) return false;
      const db = getDb();
      restoreInto(db, saved.db);
      if (saved.simulatedUntil !== undefined) restoreSimulatedUntil(db, saved.simulatedUntil);
      last = text;
      return true;
    },
    save() {
      const db = getDb();
      const text = encodeSnapshot(db, stamp, simulatedUntil(db));
      if (text === last) return;
      try {
        storage.setItem(DEMO_DB_KEY, text);
        last = text;
      } catch (error) {
        // full or unavailable storage: the demo goes on in memory, it just will not survive a reload
        if (!warned) console.warn('[demo] cannot save the demo data; it will not survive a reload', error);
        warned = true;
      }
    },
    clear() {
      last = undefined;
      try {
        storage.removeItem(DEMO_DB_KEY);
      } catch {
        // nothing saved that could be read back either
      }
    },
  };
}

let active: DbPersistence | undefined;

/** Demo mode: restores the tab's saved dataset and keeps saving it (see ../browser.ts for when). */
export function startDemoPersistence(storage: StorageLike): DbPersistence {
  active = createDbPersistence(storage);
  active.load();
  return active;
}

/** "Reset demo data": back to a fresh seed (laid out relative to now), and nothing saved. */
export function resetDemoData(): void {
  resetMockDb();
  active?.clear();
}

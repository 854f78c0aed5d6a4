import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN_TOKEN } from './identities';
import { createSeedDb, getMockDb, resetMockDb } from './db';
import { advanceDeviceSimulation, deviceSimulation, simulatedUntil } from './db/deviceSimulation';
import type { MockDb } from './db/types';
import {
  createDbPersistence,
  decodeSnapshot,
  DEMO_DB_KEY,
  encodeSnapshot,
  restoreInto,
  seedStamp,
  type StorageLike,
} from './persistence';

const NOW = Date.parse('2026-04-15T10:30:00Z');

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** A "tab": its own live dataset, as after a fresh start of the mock. */
function freshDb(): { db: MockDb; get: () => MockDb } {
  const holder = { db: createSeedDb(NOW) };
  return { ...holder, get: () => holder.db };
}

describe('seedStamp', () => {
  it('is the same for the same seed laid out at different times', () => {
    expect(seedStamp(createSeedDb(NOW))).toBe(seedStamp(createSeedDb(NOW + 86_400_000)));
  });

  it('changes when the records of the dataset get a new field', () => {
    const changed = createSeedDb(NOW);
    (changed.tokens[0] as unknown as Record<string, unknown>).audience = 'api';
    expect(seedStamp(changed)).not.toBe(seedStamp(createSeedDb(NOW)));
  });
});

describe('decodeSnapshot', () => {
  const db = createSeedDb(NOW);
  const stamp = seedStamp(db);

  it('reads back what encodeSnapshot wrote', () => {
    const decoded = decodeSnapshot(encodeSnapshot(db, stamp, NOW + 5000), stamp);
    expect(decoded?.db).toEqual(db);
    expect(decoded?.simulatedUntil).toBe(NOW + 5000);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{"format":1,'],
    ['JSON of another kind', '[1,2,3]'],
    ['another stamp', encodeSnapshot(db, 'other-stamp')],
    ['a dataset without its tokens', JSON.stringify({ format: 1, stamp, db: { ...db, tokens: undefined } })],
    ['a dataset with a broken record', JSON.stringify({ format: 1, stamp, db: { ...db, clients: [null] } })],
  ])('ignores %s', (_what, text) => {
    expect(decodeSnapshot(text, stamp)).toBeUndefined();
  });
});

describe('restoreInto', () => {
  it('replaces the live dataset in place and keeps a collection the snapshot lacks', () => {
    const live = createSeedDb(NOW);
    const saved = { ...createSeedDb(NOW), tokens: [] };
    const { clientSecrets: _none, ...withoutSecrets } = saved;
    live.clientSecrets = [];
    restoreInto(live, withoutSecrets);
    expect(live.tokens).toEqual([]);
    expect(live.clientSecrets).toEqual([]);
  });
});

describe('createDbPersistence', () => {
  it('brings a change back after a reload, and the seed after clear', () => {
    const storage = memoryStorage();
    const firstTab = freshDb();
    const persistence = createDbPersistence(storage, firstTab.get);
    expect(persistence.load()).toBe(false);
    const token = firstTab.db.tokens.find((t) => t.revoked_at === undefined) as MockDb['tokens'][number];
    token.revoked_at = NOW;
    persistence.save();

    const reloaded = freshDb();
    expect(createDbPersistence(storage, reloaded.get).load()).toBe(true);
    expect(reloaded.db.tokens.find((t) => t.id === token.id)?.revoked_at).toBe(NOW);

    persistence.clear();
    const afterReset = freshDb();
    expect(createDbPersistence(storage, afterReset.get).load()).toBe(false);
    expect(afterReset.db.tokens.find((t) => t.id === token.id)?.revoked_at).toBeUndefined();
  });

  it('never writes the admin token', () => {
    const storage = memoryStorage();
    const tab = freshDb();
    createDbPersistence(storage, tab.get).save();
    expect(storage.data.get(DEMO_DB_KEY)).toBeDefined();
    expect(storage.data.get(DEMO_DB_KEY)).not.toContain(DEMO_ADMIN_TOKEN);
  });

  it('writes only when the dataset changed', () => {
    const storage = memoryStorage();
    let writes = 0;
    const counting: StorageLike = { ...storage, setItem: (k, v) => (writes++, storage.setItem(k, v)) };
    const tab = freshDb();
    const persistence = createDbPersistence(counting, tab.get);
    persistence.save();
    persistence.save();
    tab.db.requestSeq += 1;
    persistence.save();
    expect(writes).toBe(2);
  });

  it('goes on in memory when the storage is full', () => {
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const persistence = createDbPersistence(full, freshDb().get);
    expect(() => persistence.save()).not.toThrow();
    expect(() => persistence.save()).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps how far the moving device sessions went, so a reload does not play those steps again', () => {
    deviceSimulation.enable();
    try {
      resetMockDb({ now: NOW });
      const storage = memoryStorage();
      const persistence = createDbPersistence(storage);
      advanceDeviceSimulation(NOW + 10 * 60_000);
      const devices = getMockDb().devices.length;
      const progress = simulatedUntil(getMockDb());
      persistence.save();

      resetMockDb({ now: NOW + 10 * 60_000 });
      expect(createDbPersistence(storage).load()).toBe(true);
      expect(simulatedUntil(getMockDb())).toBe(progress);
      advanceDeviceSimulation(NOW + 10 * 60_000);
      expect(getMockDb().devices).toHaveLength(devices);
      expect(new Set(getMockDb().devices.map((d) => d.device_code)).size).toBe(devices);
    } finally {
      deviceSimulation.disable();
    }
  });
});

import { mockClock } from '@/mocks/clock';
import type { MockDb } from './types';
import { createSeedDb } from './seed';

let db: MockDb | null = null;

/** The current dataset (seeded on first use). Handlers read and mutate it through ./tokens, ./clients, ./devices. */
export function getMockDb(): MockDb {
  db ??= createSeedDb(mockClock.now());
  return db;
}

export interface ResetOptions {
  /** Freeze the clock at this instant before seeding (tests); by default the clock goes back to real time. */
  now?: Date | number | string;
}

/** Throws away every change and seeds the dataset again, relative to the clock's now. */
export function resetMockDb(options: ResetOptions = {}): void {
  if (options.now === undefined) mockClock.useRealTime();
  else mockClock.set(options.now);
  db = createSeedDb(mockClock.now());
}

/** A small seeded PRNG (mulberry32) and the helpers the seed uses; same seed, same data. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T;
  string(alphabet: string, length: number): string;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a label, so each part of the seed has its own stream. */
export function hashLabel(label: string): number {
  let h = 2166136261;
  for (let i = 0; i < label.length; i += 1) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function createRng(seed: number | string): Rng {
  const next = mulberry32(typeof seed === 'string' ? hashLabel(seed) : seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('Rng.pick: empty list');
    return item;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: <T>(entries: ReadonlyArray<readonly [T, number]>): T => {
      const totalWeight = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * totalWeight;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('Rng.weighted: empty list');
      return last[0];
    },
    string: (alphabet, length) => {
      let out = '';
      for (let i = 0; i < length; i += 1) out += alphabet.charAt(Math.floor(next() * alphabet.length));
      return out;
    },
  };
}

/** RFC 4648 base32, lower case: the alphabet of token and user ids. */
export const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** Crockford base32: the alphabet of ULIDs. */
export const CROCKFORD32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** RFC 8628 user codes: consonants only, no vowels (no words), no look-alikes. */
export const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
export const HEX = '0123456789abcdef';

/** A ULID: 10 characters of millisecond time, 16 of randomness (Crockford base32). */
export function ulid(rng: Rng, timeMs: number): string {
  let time = '';
  let rest = Math.max(0, Math.floor(timeMs));
  for (let i = 0; i < 10; i += 1) {
    time = CROCKFORD32.charAt(rest % 32) + time;
    rest = Math.floor(rest / 32);
  }
  return time + rng.string(CROCKFORD32, 16);
}

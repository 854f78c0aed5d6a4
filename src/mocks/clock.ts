/**
 * The mock backend's clock. By default it follows real time; tests may freeze it at an instant and move it.
 * Seeded data is laid out relative to the clock's "now" at reset time, so the demo never goes stale.
 */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

let frozenAt: number | null = null;

export const mockClock = {
  /** Current time in epoch milliseconds. */
  now(): number {
    return frozenAt ?? Date.now();
  },
  /** Freezes the clock at this instant. */
  set(instant: Date | number | string): void {
    const ms = new Date(instant).getTime();
    if (Number.isNaN(ms)) throw new Error(`mockClock.set: invalid instant ${String(instant)}`);
    frozenAt = ms;
  },
  /** Moves the clock forward (freezing it first if it follows real time). */
  advance(ms: number): void {
    frozenAt = (frozenAt ?? Date.now()) + ms;
  },
  /** Back to real time. */
  useRealTime(): void {
    frozenAt = null;
  },
  isFrozen(): boolean {
    return frozenAt !== null;
  },
};

/** RFC 3339 in UTC without milliseconds: `2026-04-15T10:30:00Z`. */
export function toRfc3339(ms: number): string {
  return new Date(Math.floor(ms / SECOND) * SECOND).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function nowRfc3339(): string {
  return toRfc3339(mockClock.now());
}

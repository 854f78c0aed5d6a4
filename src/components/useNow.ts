import { useSelector } from '@tanstack/react-store';
import { Store } from '@tanstack/store';
import { useEffect } from 'react';

/** One shared clock per interval for all live times on screen, ticking while anything on screen reads it. */
interface Clock {
  now: Store<number>;
  readers: number;
  timer?: ReturnType<typeof setInterval>;
}
const clocks = new Map<number, Clock>();

/** The interval's clock; it goes when its last reader does, so the next reader starts from the time then. */
function clockFor(intervalMs: number): Clock {
  let clock = clocks.get(intervalMs);
  if (!clock) {
    clock = { now: new Store(Date.now()), readers: 0 };
    clocks.set(intervalMs, clock);
  }
  return clock;
}

const tick = (clock: Clock) => clock.now.setState(() => Date.now());

/** The time now, in epoch ms, renewed every `intervalMs` (one timer per interval, whatever the number of readers). */
export function useNow(intervalMs = 30_000): number {
  const clock = clockFor(intervalMs);
  useEffect(() => {
    if (clock.readers++ === 0) {
      if (!clocks.has(intervalMs)) clocks.set(intervalMs, clock);
      // a clock made for a render long ago (or one that never showed) catches up: all its readers at once
      if (Math.abs(Date.now() - clock.now.state) >= 1000) tick(clock);
      clock.timer = setInterval(() => tick(clock), intervalMs);
    }
    return () => {
      if (--clock.readers > 0) return;
      clearInterval(clock.timer);
      if (clocks.get(intervalMs) === clock) clocks.delete(intervalMs);
    };
  }, [clock, intervalMs]);
  return useSelector(clock.now);
}

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

/** The interval's clock; one that stood still (nothing read it) is replaced, so a new reader starts from now. */
function clockFor(intervalMs: number): Clock {
  let clock = clocks.get(intervalMs);
  if (!clock || (clock.readers === 0 && Date.now() - clock.now.state >= 1000)) {
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
    if (clock.readers++ === 0) clock.timer = setInterval(() => tick(clock), intervalMs);
    return () => {
      if (--clock.readers === 0) clearInterval(clock.timer);
    };
  }, [clock, intervalMs]);
  return useSelector(clock.now);
}

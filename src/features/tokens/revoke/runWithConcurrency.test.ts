import { runWithConcurrency } from './runWithConcurrency';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runWithConcurrency', () => {
  it('never runs more than the limit at once, and runs every item once', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await runWithConcurrency(
      Array.from({ length: 23 }, (_, i) => i),
      4,
      async (item) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await tick(1 + (item % 3));
        seen.push(item);
        inFlight -= 1;
      },
    );
    expect(most).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i));
  });

  it('starts items in order and stops starting new ones when told to', async () => {
    const started: number[] = [];
    await runWithConcurrency(
      [0, 1, 2, 3, 4, 5],
      2,
      async (item) => {
        started.push(item);
        await tick(1);
      },
      () => started.length < 3,
    );
    expect(started).toEqual([0, 1, 2]);
  });

  it('resolves at once for no items', async () => {
    const worker = vi.fn(async () => undefined);
    await runWithConcurrency([], 4, worker);
    expect(worker).not.toHaveBeenCalled();
  });
});

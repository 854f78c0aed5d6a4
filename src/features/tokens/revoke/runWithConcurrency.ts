/**
 * Runs `worker` over `items` with at most `limit` running at once, in order, and resolves when all are done.
 * The worker handles its own failures; `shouldContinue` lets the caller stop starting new items (e.g. signed out).
 */
export async function runWithConcurrency<T>(
  items: readonly T[],
  limit: number,
  worker: (item: T, index: number) => Promise<void>,
  shouldContinue: () => boolean = () => true,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length && shouldContinue()) {
      const index = next;
      next += 1;
      await worker(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

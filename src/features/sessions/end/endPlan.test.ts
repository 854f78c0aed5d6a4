import { chunk, planEndRun, progressOf } from './endPlan';

describe('ending sessions in chunks', () => {
  it('sends at most 100 ids a request, each id once, in order', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `ses_${i}`);
    const run = planEndRun([...ids, 'ses_3'], ['usr_a', 'usr_b', 'usr_a'], false);
    expect(run.chunks.map((c) => c.ids.length)).toEqual([100, 100, 50]);
    expect(run.chunks.flatMap((c) => c.ids)).toEqual(ids);
    expect(run.users).toEqual([]);
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(chunk([], 100)).toEqual([]);
  });

  it("revokes each involved user's tokens once when asked, and counts every request in the progress", () => {
    const run = planEndRun(['ses_1', 'ses_2'], ['usr_a', 'usr_b', 'usr_a'], true);
    expect(run.users.map((u) => u.userId)).toEqual(['usr_a', 'usr_b']);
    expect(progressOf(run)).toEqual({ done: 0, total: 5, failed: 0, ended: 0, running: false });
    const answered = {
      ...run,
      chunks: [{ ...run.chunks[0]!, result: { state: 'done' as const, count: 1 } }],
      users: [{ ...run.users[0]!, sessionTokens: { state: 'failed' as const, error: new Error('x') } }, run.users[1]!],
    };
    expect(progressOf(answered)).toEqual({ done: 2, total: 5, failed: 1, ended: 1, running: false });
  });

  it('counts the ids sent when the server does not say how many it ended (204)', () => {
    const run = planEndRun(['ses_1', 'ses_2'], [], false);
    const done = { ...run, chunks: [{ ...run.chunks[0]!, result: { state: 'done' as const } }] };
    expect(progressOf(done).ended).toBe(2);
  });
});

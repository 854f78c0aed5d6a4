import { MAX_BULK_SESSION_IDS } from '@/api/schemas/sessions';
import type { StepResult } from '@/components/steps';

/** One request of a bulk end: at most MAX_BULK_SESSION_IDS session ids. */
export interface ChunkRun {
  ids: string[];
  result: StepResult;
}

/** The token revoke of one user whose sessions were ended, through both user-wide routes. */
export interface UserTokensRun {
  userId: string;
  sessionTokens: StepResult;
  oauthTokens: StepResult;
}

export interface EndRun {
  chunks: ChunkRun[];
  users: UserTokensRun[];
}

/** `items` in groups of at most `size`, in order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

/** The requests that end `sessionIds` (≤ 100 ids each) and, when asked, revoke the tokens of `userIds`. */
export function planEndRun(sessionIds: readonly string[], userIds: readonly string[], revokeTokens: boolean): EndRun {
  return {
    chunks: chunk([...new Set(sessionIds)], MAX_BULK_SESSION_IDS).map((ids) => ({ ids, result: { state: 'waiting' } })),
    users: revokeTokens
      ? [...new Set(userIds)].map((userId) => ({ userId, sessionTokens: { state: 'waiting' }, oauthTokens: { state: 'waiting' } }))
      : [],
  };
}

export interface EndProgress {
  /** Requests answered, of all the run's requests (each chunk, and two per user whose tokens are revoked). */
  done: number;
  total: number;
  failed: number;
  /** Sessions the server said it ended (or that were sent, when it did not say). */
  ended: number;
  running: boolean;
}

export function progressOf(run: EndRun | undefined): EndProgress {
  const results = [
    ...(run?.chunks.map((c) => c.result) ?? []),
    ...(run?.users.flatMap((u) => [u.sessionTokens, u.oauthTokens]) ?? []),
  ];
  const ended = (run?.chunks ?? []).reduce((sum, c) => sum + (c.result.state === 'done' ? (c.result.count ?? c.ids.length) : 0), 0);
  return {
    done: results.filter((r) => r.state === 'done' || r.state === 'failed').length,
    total: results.length,
    failed: results.filter((r) => r.state === 'failed').length,
    ended,
    running: results.some((r) => r.state === 'running'),
  };
}

import { TOKEN_STATUSES, TOKEN_TYPES, type TokenInfo } from '@/api/schemas/tokens';

/** The bucket of a token with no type or status. */
export const MISSING = '';

export interface TokenCounts {
  total: number;
  /** The known types and statuses always, then any other value the server sent, in order of appearance. */
  types: string[];
  statuses: string[];
  count: (type: string | undefined, status: string | undefined) => number;
  /** Active tokens: those a user-wide revoke ends. */
  active: number;
  activeByType: Record<string, number>;
}

function ordered(known: readonly string[], seen: Iterable<string>): string[] {
  const extra = [...new Set(seen)].filter((value) => !known.includes(value));
  return [...known, ...extra];
}

/** Counts a user's tokens by type and status; unknown or missing values get their own row or column. */
export function countTokens(items: readonly TokenInfo[]): TokenCounts {
  const cells = new Map<string, number>();
  const key = (type: string, status: string) => `${type}\u0000${status}`;
  for (const token of items) {
    const k = key(token.token_type ?? MISSING, token.status ?? MISSING);
    cells.set(k, (cells.get(k) ?? 0) + 1);
  }
  const types = ordered(TOKEN_TYPES, items.map((t) => t.token_type ?? MISSING));
  const statuses = ordered(TOKEN_STATUSES, items.map((t) => t.status ?? MISSING));
  const count = (type: string | undefined, status: string | undefined) => {
    let sum = 0;
    for (const ty of type === undefined ? types : [type]) {
      for (const st of status === undefined ? statuses : [status]) sum += cells.get(key(ty, st)) ?? 0;
    }
    return sum;
  };
  const activeByType = Object.fromEntries(types.map((type) => [type, count(type, 'active')]));
  return { total: items.length, types, statuses, count, active: count(undefined, 'active'), activeByType };
}

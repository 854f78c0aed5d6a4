import { TOKEN_STATUSES, TOKEN_TYPES, type TokenCountFilter, type TokenStatus, type TokenType } from '@/api/schemas/tokens';

/**
 * The counts the user view asks for: every known type × status, plus the unfiltered total (7 requests of one item
 * each, whatever the number of tokens). Row, column and "active" totals are sums of these.
 */
export const COUNT_FILTERS: readonly Omit<TokenCountFilter, 'user_id'>[] = [
  {},
  ...TOKEN_TYPES.flatMap((type) => TOKEN_STATUSES.map((status) => ({ type, status }))),
];

/** A count, or null when the server sent no total for it (shown as "—"). */
export type Count = number | null;

export interface TokenCounts {
  /** Every token of the user, whatever its type and status. */
  total: Count;
  cell: (type: TokenType, status: TokenStatus) => Count;
  typeTotal: (type: TokenType) => Count;
  statusTotal: (status: TokenStatus) => Count;
  /**
   * Tokens whose type or status is none of the known ones: the total minus the known cells (they cannot be split
   * by type or status without asking for values we do not know). 0 when there are none; null when unknown.
   */
  other: Count;
  /** Active tokens of the known types: those a user-wide revoke ends. */
  active: Count;
  activeByType: Record<TokenType, Count>;
}

function sum(values: readonly Count[]): Count {
  let total = 0;
  for (const value of values) {
    if (value === null) return null;
    total += value;
  }
  return total;
}

const cellKey = (type: string, status: string) => `${type}\u0000${status}`;

/** The counts from the totals of COUNT_FILTERS, in the same order. */
export function countsFromTotals(totals: readonly Count[]): TokenCounts {
  const cells = new Map<string, Count>();
  COUNT_FILTERS.forEach((filter, i) => {
    if (filter.type && filter.status) cells.set(cellKey(filter.type, filter.status), totals[i] ?? null);
  });
  const cell = (type: TokenType, status: TokenStatus) => cells.get(cellKey(type, status)) ?? null;
  const typeTotal = (type: TokenType) => sum(TOKEN_STATUSES.map((status) => cell(type, status)));
  const statusTotal = (status: TokenStatus) => sum(TOKEN_TYPES.map((type) => cell(type, status)));
  const total = totals[COUNT_FILTERS.findIndex((f) => !f.type && !f.status)] ?? null;
  const known = sum([...cells.values()]);
  // a total below the known sum (tokens created or expiring between the requests) is not "other" tokens
  const other = total === null || known === null ? null : Math.max(0, total - known);
  const activeByType = Object.fromEntries(TOKEN_TYPES.map((type) => [type, cell(type, 'active')])) as Record<TokenType, Count>;
  return { total, cell, typeTotal, statusTotal, other, active: statusTotal('active'), activeByType };
}
